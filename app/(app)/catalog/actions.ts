'use server';
// Catalogue mutations (admins, catalog.edit): providers, stacks, platforms, components, retirement.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { createComponent, setComponentRetired, updateComponent } from '@/lib/catalog/manage-components';
import { createPlatform, createProvider, updateProvider } from '@/lib/catalog/manage-providers';
import { createStack, updateStack } from '@/lib/catalog/manage-stacks';
import { ZCreateComponent, ZCreatePlatform, ZCreateProvider, ZCreateStack, ZEditComponent, ZEditProvider, ZEditStack, ZRetireComponent } from '@/lib/catalog/schemas';
import { requirePermission } from '@/lib/auth/require-permission';

async function requireCatalogAdmin() {
  const user = await requireUser();
  requirePermission(user, 'catalog.edit');
  return user;
}

function done(message: string, ...paths: string[]): ActionResult {
  revalidatePath('/catalog');
  for (const path of paths) revalidatePath(path);
  return { ok: true, message };
}

export async function createProviderAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZCreateProvider, formToObject(formData));
    const user = await requireCatalogAdmin();
    await createProvider(actorOf(user), input);
    return done(`${input.name} added.`);
  } catch (error) {
    return actionError(error);
  }
}

export async function updateProviderAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZEditProvider, formToObject(formData));
    const user = await requireCatalogAdmin();
    await updateProvider(actorOf(user), input);
    return done(`${input.name} saved.`, '/teams');
  } catch (error) {
    return actionError(error);
  }
}

export async function createStackAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZCreateStack, formToObject(formData));
    const user = await requireCatalogAdmin();
    await createStack(actorOf(user), input);
    return done(`${input.name} added with its list group early-adopters-${input.slug}.`);
  } catch (error) {
    return actionError(error);
  }
}

export async function updateStackAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZEditStack, formToObject(formData));
    const user = await requireCatalogAdmin();
    await updateStack(actorOf(user), input);
    return done(`${input.name} saved.`, '/teams');
  } catch (error) {
    return actionError(error);
  }
}

export async function createPlatformAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZCreatePlatform, formToObject(formData));
    const user = await requireCatalogAdmin();
    await createPlatform(actorOf(user), input);
    return done(`${input.os} ${input.arch} added.`);
  } catch (error) {
    return actionError(error);
  }
}

export async function createComponentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  let id: string;
  try {
    const input = parseInput(ZCreateComponent, formToObject(formData));
    const user = await requireCatalogAdmin();
    id = (await createComponent(actorOf(user), input)).id;
    revalidatePath('/catalog');
  } catch (error) {
    return actionError(error);
  }
  redirect(`/catalog/components/${id}?created=1`);
}

export async function updateComponentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZEditComponent, formToObject(formData));
    const user = await requireCatalogAdmin();
    await updateComponent(actorOf(user), input);
    return done(`${input.name} saved.`, `/catalog/components/${input.id}`, '/teams');
  } catch (error) {
    return actionError(error);
  }
}

export async function retireComponentAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRetireComponent, formToObject(formData));
    const user = await requireCatalogAdmin();
    await setComponentRetired(actorOf(user), input);
    return done(input.retire ? 'Retired: no new commitments; its history is kept.' : 'Back in the catalogue.', `/catalog/components/${input.id}`, '/teams');
  } catch (error) {
    return actionError(error);
  }
}
