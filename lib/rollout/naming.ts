// The naming conventions of the reference document (section 2.4), in one place:
//   ticket title      Staged Rollout <SW stack-MajorVersion> <COMPONENT> <VERSION> <OS> <ARCH>
//   team report file  ea-<NGI>-<Site-name>-<MW stack>-<component>-<version>.<ext>
//   summary file      summary-<MW stack>-<component>-<version>.<ext>
//   DocDB description Staged rollout <MW stack> <component> <version>
// <MW stack> is the stack's display name (e.g. "gLite", "ARC"), not its slug.

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
  ext: string;
}

/** `summary-gLite-CREAM-3.2.6-0.odt` */
export function summaryFileName({ stack, component, version, ext }: SummaryFileNameParts): string {
  return `${['summary', stack, component, version].map(fileNamePart).join('-')}${extension(ext)}`;
}

/** `Staged rollout gLite CREAM 3.2.6-0` */
export function documentDescription({ stack, component, version }: { stack: string; component: string; version: string }): string {
  return `Staged rollout ${stack} ${component} ${version}`;
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
