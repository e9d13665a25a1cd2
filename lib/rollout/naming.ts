// The naming conventions of the reference document (section 2.4), in one place:
//   ticket title      Staged Rollout <SW stack-MajorVersion> <COMPONENT> <VERSION> <OS> <ARCH>
//   team report file  ea-<NGI>-<Site-name>-<MW stack>-<component>-<version>.<ext>
//   summary file      summary-<MW stack>-<component>-<version>[-<os>-<arch>].<ext>
//   DocDB description Staged rollout <MW stack> <component> <version>[ <OS> <ARCH>]
// <MW stack> is the stack's display name (e.g. "gLite", "ARC"), not its slug. The document's convention
// has no platform, but one release is rolled out once per platform (one ticket each), and each ticket
// gets its own document: without the platform, two platforms of one release would get identical
// titles and summary file names. So the app adds it (README, "Document names").

export interface RolloutTitleParts {
  /** The UMD / stack major release, e.g. "EMI-1.0", "gLite-3.2", "CA". */
  umdMajor: string;
  component: string;
  version: string;
  os?: string;
  arch?: string;
}

/** `Staged Rollout EMI-1.0 SE-DPM_mysql 1.8.0-1 SL5 x86_64`; empty parts are left out (`Staged Rollout CA 1.38`). */
export function rolloutTitle({ umdMajor, component, version, os, arch }: RolloutTitleParts): string {
  return ['Staged Rollout', umdMajor, component, version, os, arch]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join(' ');
}

export interface ReportFileNameParts {
  ngiCode: string;
  siteName: string;
  /** The stack's display name, e.g. "gLite". */
  stack: string;
  component: string;
  version: string;
  /** File extension without the dot, e.g. "pdf", "odt", "txt". */
  ext: string;
}

/** `ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.odt` */
export function reportFileName({ ngiCode, siteName, stack, component, version, ext }: ReportFileNameParts): string {
  return `${['ea', ngiCode, siteName, stack, component, version].map(fileNamePart).join('-')}${extension(ext)}`;
}

export interface SummaryFileNameParts {
  stack: string;
  component: string;
  version: string;
  /** The ticket's platform; left out only for history recorded without one. */
  os?: string;
  arch?: string;
  ext: string;
}

/** `summary-gLite-CREAM-1.17.0-1-sl6-x86_64.odt` (`summary-gLite-CREAM-3.2.6-0.odt` without a platform) */
export function summaryFileName({ stack, component, version, os, arch, ext }: SummaryFileNameParts): string {
  const platform = [os, arch].filter((part): part is string => !!part?.trim()).map((part) => part.toLowerCase());
  return `${['summary', stack, component, version, ...platform].map(fileNamePart).join('-')}${extension(ext)}`;
}

/** `Staged rollout gLite CREAM 1.17.0-1 SL6 x86_64` (`Staged rollout gLite CREAM 3.2.6-0` without a platform) */
export function documentDescription({ stack, component, version, os, arch }: { stack: string; component: string; version: string; os?: string; arch?: string }): string {
  return ['Staged rollout', stack, component, version, os, arch].filter((part) => part?.trim()).join(' ');
}

/**
 * One part of a file name: characters that are not allowed or not portable in file names
 * ("/" as in UNICORE/X or SAM/Nagios, "\", ":", "*", "?", quotes, "<>|", white space) become "_".
 */
export function fileNamePart(part: string): string {
  return part.trim().replace(/[/\\:*?"<>|\s]+/g, '_');
}

function extension(ext: string): string {
  const clean = fileNamePart(ext.trim().replace(/^\.+/, ''));
  return clean ? `.${clean}` : '';
}
