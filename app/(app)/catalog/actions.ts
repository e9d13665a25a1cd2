'use server';
// Catalogue mutations (admins, catalog.edit, checked in lib/catalog): providers, stacks, platforms, components, retirement.
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { createComponent, setComponentRetired, updateComponent } from '@/lib/catalog/manage-components';
import { createPlatform, createProvider, updatePlatform, updateProvider } from '@/lib/catalog/manage-providers';
import { setEntryRetired } from '@/lib/catalog/retire-entry';
import { createStack, updateStack } from '@/lib/catalog/manage-stacks';
import { ZCreateComponent, ZCreatePlatform, ZCreateProvider, ZCreateStack, ZEditComponent, ZEditPlatform, ZEditProvider, ZEditStack, ZRetireComponent, ZRetireEntry } from '@/lib/catalog/schemas';

export async function createProviderAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZCreateProvider,
    run: (user, input) => createProvider(user, input),
    revalidate: ['/catalog'],
    message: (_r, input) => `${input.name} added.`,
  });
}

export async function updateProviderAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZEditProvider,
    run: (user, input) => updateProvider(user, input),
    revalidate: ['/catalog', '/teams'],
    message: (_r, input) => `${input.name} saved.`,
  });
}

export async function createStackAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZCreateStack,
    run: (user, input) => createStack(user, input),
    revalidate: ['/catalog'],
    message: (_r, input) => `${input.name} added with its list group early-adopters-${input.slug}.`,
  });
}

export async function updateStackAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZEditStack,
    run: (user, input) => updateStack(user, input),
    revalidate: ['/catalog', '/teams'],
    message: (_r, input) => `${input.name} saved.`,
  });
}

export async function createPlatformAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZCreatePlatform,
    run: (user, input) => createPlatform(user, input),
    revalidate: ['/catalog'],
    message: (_r, input) => `${input.os} ${input.arch} added.`,
  });
}

export async function updatePlatformAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZEditPlatform,
    run: (user, input) => updatePlatform(user, input),
    revalidate: ['/catalog', '/teams'],
    message: (_r, input) => `${input.os} ${input.arch} saved.`,
  });
}

/** Retire or bring back a provider, stack, platform (catalog.edit) or NGI (team.edit, as in the API). */
export async function setEntryRetiredAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRetireEntry,
    run: (user, input) => setEntryRetired(user, input.kind, input),
    revalidate: ['/catalog', '/teams'],
    message: (_r, input) => (input.retire ? 'Retired: offered nowhere new; what refers to it keeps it.' : 'Back in use.'),
  });
}

export async function createComponentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZCreateComponent,
    run: (user, input) => createComponent(user, input),
    revalidate: ['/catalog'],
    redirectTo: (component) => `/catalog/components/${component.id}?created=1`,
  });
}

export async function updateComponentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZEditComponent,
    run: (user, input) => updateComponent(user, input),
    revalidate: (input) => ['/catalog', `/catalog/components/${input.id}`, '/teams'],
    message: (_r, input) => `${input.name} saved.`,
  });
}

export async function retireComponentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRetireComponent,
    run: (user, input) => setComponentRetired(user, input),
    revalidate: (input) => ['/catalog', `/catalog/components/${input.id}`, '/teams'],
    message: (_r, input) => (input.retire ? 'Retired: no new commitments; its history is kept.' : 'Back in the catalogue.'),
  });
}
