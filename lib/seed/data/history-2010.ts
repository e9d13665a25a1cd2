// The first EGI-InSPIRE project year (1 May 2010 - 30 April 2011), release by release, built so that the
// metrics computed from the data reproduce the reference document's Tables 1 and 2 exactly:
//   Table 1 (releases Accepted / Rejected / No test per quarter): Q1 9/1/7, Q2 8/2/7, Q3 9/2/0, Q4 26/2/0.
//   Table 2 (staged-rollout reports per NGI per quarter): TABLE_2 below, 80 in total.
// Q1-Q3 are gLite 3.1/3.2 patches (still through the old Savannah process), ARC 0.8, the Trust Anchors and
// SAM/Nagios; Q4 is the wave of gLite patches finalised before the EMI 1.0 release. The 14 "No test" releases
// are gLite patches released before EGI and the gLite consortium agreed (Q3) to stop that; one of them was a
// high-priority (security) update. After the first year (quarter 5 = May-Jul 2011) come the first EMI-1.0 and
// IGE-1.0 rollouts, which are outside the document's tables.
import type { ReleaseType } from '@/lib/generated/prisma/enums';
import type { PlatformKey } from './components';

export type HistoryResult = 'ACCEPT' | 'REJECT' | 'NO_TEST';

export interface HistoryReleaseSpec {
  /** 1-4: quarters of the first project year; 5: May-Jul 2011 (after the document's period). */
  quarter: 1 | 2 | 3 | 4 | 5;
  stack: string; // slug
  component: string;
  umdMajor: string;
  version: string;
  platforms: PlatformKey[];
  result: HistoryResult;
  type: ReleaseType;
  security: boolean;
  /** What the update fixes (release notes). */
  notes: string;
  /** REJECT: the problem that made the EA teams reject it (a GGUS ticket); ACCEPT: a known issue with a workaround. */
  issue?: string;
  /** Quarter 5 only: how many teams report (quarters 1-4 follow TABLE_2). */
  reports?: number;
}

const X64: PlatformKey[] = ['SL5 x86_64'];
const BOTH: PlatformKey[] = ['SL5 x86_64', 'SL5 i386'];
const I386: PlatformKey[] = ['SL5 i386'];

function rel(
  quarter: HistoryReleaseSpec['quarter'],
  result: HistoryResult,
  stack: string,
  component: string,
  umdMajor: string,
  version: string,
  platforms: PlatformKey[],
  notes: string,
  extra: Partial<Pick<HistoryReleaseSpec, 'issue' | 'type' | 'security' | 'reports'>> = {},
): HistoryReleaseSpec {
  return { quarter, result, stack, component, umdMajor, version, platforms, notes, type: 'REVISION', security: false, ...extra };
}

const A = 'ACCEPT';
const R = 'REJECT';
const N = 'NO_TEST';
const G32 = 'gLite-3.2';
const G31 = 'gLite-3.1';

export const HISTORY_RELEASES: HistoryReleaseSpec[] = [
  // ------------------------------------------------------------ Q1: May-Jul 2010 (9 accepted, 1 rejected, 7 no test)
  rel(1, A, 'glite', 'CREAM', G32, '3.2.6-0', X64, 'CREAM 1.6.2: proxy renewal fixes, BLAH support for LSF job arrays'),
  rel(1, A, 'glite', 'BDII_site', G32, '3.2.6-0', X64, 'BDII 5.1: GLUE 2.0 publishing, lower memory footprint'),
  rel(1, A, 'glite', 'WN', G32, '3.2.7-0', X64, 'Worker node: lcg_util 1.7.8, new VOMS clients'),
  rel(1, A, 'glite', 'UI', G32, '3.2.7-0', BOTH, 'User Interface: lcg_util 1.7.8, glite-wms-ui 3.2 commands fixed for long proxies'),
  rel(1, A, 'glite', 'LB', G32, '3.2.8-0', X64, 'L&B 2.0: notification fixes, purge speed-up', {
    issue: 'glite-lb-purge needs a manual restart of the locallogger after upgrade (documented in known issues)',
  }),
  rel(1, A, 'glite', 'SE-DPM_mysql', G32, '3.2.5-1', X64, 'DPM 1.7.4-7: SRM copy fixes, dpm-drain improvements'),
  rel(1, A, 'glite', 'glexec', G32, '3.2.4-1', X64, 'gLExec 0.8: LCMAPS plug-in update'),
  rel(1, A, 'ca', 'lcg-CA', 'CA', '1.35-1', X64, 'IGTF 1.35: new CAs for two NGIs, updated CRL URLs'),
  rel(1, A, 'opstools', 'SAM/Nagios', 'SAM-1', '1.9.0-1', X64, 'SAM Update 04: regional Nagios with ATP/POEM sync'),
  rel(1, R, 'glite', 'VOMS-Admin', G32, '3.2.2-1', X64, 'VOMS-Admin 2.5.5: AUP handling, bulk user import', {
    issue: 'VOMS-Admin does not start after upgrade: the database schema upgrade script is missing for existing VOs',
  }),
  rel(1, N, 'glite', 'LCG-CE', G31, '3.1.40-0', I386, 'lcg-CE: job manager fixes for Torque 2.3'),
  rel(1, N, 'glite', 'VOBOX', G31, '3.1.44-0', I386, 'VOBOX: proxy renewal daemon fixes'),
  rel(1, N, 'glite', 'WN', G31, '3.1.42-0', I386, 'gLite 3.1 worker node: lcg_util 1.7.7'),
  rel(1, N, 'glite', 'UI', G31, '3.1.45-0', I386, 'gLite 3.1 User Interface: lcg_util 1.7.7'),
  rel(1, N, 'glite', 'TORQUE_utils', G32, '3.2.4-0', X64, 'Torque utils: YAIM function for multiple queues'),
  rel(1, N, 'glite', 'FTS', G32, '3.2.3-0', X64, 'FTS 2.2.3: checksum check on SRM copy'),
  rel(1, N, 'glite', 'BDII_top', G32, '3.2.5-0', X64, 'Top BDII: fix for a remotely exploitable LDAP denial of service', {
    type: 'EMERGENCY',
    security: true,
  }),
  // ------------------------------------------------------------ Q2: Aug-Oct 2010 (8 accepted, 2 rejected, 7 no test)
  rel(2, A, 'glite', 'CREAM', G32, '3.2.8-0', X64, 'CREAM 1.6.3: sandbox purger, GLUE 2.0 info provider'),
  rel(2, A, 'glite', 'LFC_mysql', G32, '3.2.5-0', X64, 'LFC 1.7.4-7: secondary groups, faster lfc-ls'),
  rel(2, A, 'glite', 'StoRM', G32, '1.5.4-3', X64, 'StoRM 1.5.4: checksum support, GridHTTPs transfers'),
  rel(2, A, 'glite', 'dCache', G32, '1.9.5-22', X64, 'dCache 1.9.5-22 golden release: SRM and pool fixes'),
  rel(2, A, 'glite', 'APEL', G32, '3.2.4-0', X64, 'APEL publisher: CREAM accounting records, faster parser'),
  rel(2, A, 'ca', 'lcg-CA', 'CA', '1.36-1', X64, 'IGTF 1.36: CA root certificate renewals'),
  rel(2, A, 'arc', 'ARC-CE', 'ARC-0.8', '0.8.2-1', X64, 'ARC 0.8.2: grid-manager fixes, new RTE handling'),
  rel(2, A, 'glite', 'UI', G32, '3.2.8-0', BOTH, 'User Interface: CREAM CLI 1.12, new GFAL'),
  rel(2, R, 'glite', 'BDII_top', G32, '3.2.7-0', X64, 'Top BDII: new caching of site BDIIs', {
    issue: 'slapd memory grows until the top BDII stops answering after about 36 hours in production',
  }),
  rel(2, R, 'glite', 'FTS', G32, '3.2.4-0', X64, 'FTS 2.2.4: SRM 2.2 busy-file handling', {
    issue: 'transfer agents crash on SRM endpoints returning SRM_FILE_BUSY; channel settings lost on upgrade',
  }),
  rel(2, N, 'glite', 'MPI_utils', G32, '3.2.3-0', X64, 'mpi-start 0.0.66: Open MPI 1.4 support'),
  rel(2, N, 'glite', 'TORQUE_server', G32, '3.2.5-0', X64, 'Torque server: Maui configuration via YAIM'),
  rel(2, N, 'glite', 'TORQUE_utils', G32, '3.2.5-0', X64, 'Torque utils: pbs_mom configuration fixes'),
  rel(2, N, 'glite', 'SCAS', G32, '3.2.3-0', X64, 'SCAS: LCAS/LCMAPS plug-in update'),
  rel(2, N, 'glite', 'LSF_utils', G32, '3.2.2-0', X64, 'LSF utils: BLAH LSF configuration fixes'),
  rel(2, N, 'glite', 'VOMS_oracle', G32, '3.2.3-0', X64, 'VOMS Oracle: connection pool fixes'),
  rel(2, N, 'glite', 'AMGA', G32, '3.2.1-0', X64, 'AMGA 2.0: PostgreSQL 8.4 support'),
  // ------------------------------------------------------------ Q3: Nov 2010-Jan 2011 (9 accepted, 2 rejected)
  rel(3, A, 'glite', 'Argus', G32, '3.2.2-0', X64, 'Argus 1.2: PEP-C client, policy simulation'),
  rel(3, A, 'glite', 'SE-DPM_mysql', G32, '3.2.6-0', X64, 'DPM 1.8.0: HTTP/DAV front end, improved draining'),
  rel(3, A, 'glite', 'DPM-disk', G32, '3.2.6-0', X64, 'DPM disk server 1.8.0: xrootd plug-in'),
  rel(3, A, 'glite', 'LFC_oracle', G32, '3.2.5-0', X64, 'LFC Oracle 1.7.4-7: connection handling'),
  rel(3, A, 'glite', 'BDII_top', G32, '3.2.8-0', X64, 'Top BDII: memory growth fixed, cache expiry configurable'),
  rel(3, A, 'glite', 'WN', G32, '3.2.9-0', X64, 'Worker node: gLExec 0.8, new CA handling'),
  rel(3, A, 'ca', 'lcg-CA', 'CA', '1.37-1', X64, 'IGTF 1.37: new CAs, removed expired roots'),
  rel(3, A, 'opstools', 'SAM/Nagios', 'SAM-1', '1.10.0-1', X64, 'SAM Update 06: message bus publishing, new probes'),
  rel(3, A, 'arc', 'ARC-Clients', 'ARC-0.8', '0.8.3-1', BOTH, 'ARC clients 0.8.3: ngsub brokering, VOMS AC handling', {
    issue: 'ngstat shows jobs as LOST for about a minute after submission; harmless, documented',
  }),
  rel(3, R, 'glite', 'CREAM', G32, '3.2.9-0', X64, 'CREAM 1.6.4: new job purger', {
    issue: 'the job purger removes the sandboxes of running jobs; BLAH parser stops after a restart with LSF',
  }),
  rel(3, R, 'glite', 'VOMS_mysql', G32, '3.2.4-0', X64, 'VOMS 1.9.19: AC lifetime configuration', {
    issue: 'voms server ignores the configured AC lifetime: proxies are limited to 12 hours',
  }),
  // ------------------------------------------------------------ Q4: Feb-Apr 2011 (26 accepted, 2 rejected)
  rel(4, A, 'glite', 'CREAM', G32, '3.2.10-0', X64, 'CREAM 1.6.5: purger fixed, BLAH 1.16'),
  rel(4, A, 'glite', 'WMS', G32, '3.2.1-0', X64, 'First gLite 3.2 WMS: WMProxy on SL5 x86_64'),
  rel(4, A, 'glite', 'LB', G32, '3.2.9-0', X64, 'L&B 2.1: harvester, notification persistence'),
  rel(4, A, 'glite', 'BDII_site', G32, '3.2.9-0', X64, 'Site BDII: GLUE 2.0 service endpoints'),
  rel(4, A, 'glite', 'BDII_top', G32, '3.2.9-0', X64, 'Top BDII: GLUE 2.0 aggregation'),
  rel(4, A, 'glite', 'CLUSTER', G32, '3.2.2-0', X64, 'Cluster publisher: multiple subclusters'),
  rel(4, A, 'glite', 'VOMS_mysql', G32, '3.2.5-0', X64, 'VOMS 1.9.19-2: AC lifetime fixed'),
  rel(4, A, 'glite', 'VOMS_oracle', G32, '3.2.4-0', X64, 'VOMS Oracle 1.9.19-2: AC lifetime fixed'),
  rel(4, A, 'glite', 'VOMS-Admin', G32, '3.2.3-0', X64, 'VOMS-Admin 2.5.5-2: schema upgrade script included'),
  rel(4, A, 'glite', 'Argus', G32, '3.2.3-0', X64, 'Argus 1.2.1: PAP replication fixes'),
  rel(4, A, 'glite', 'glexec', G32, '3.2.5-0', X64, 'gLExec 0.8.1: Argus PEP plug-in'),
  rel(4, A, 'glite', 'FTS', G32, '3.2.6-0', X64, 'FTS 2.2.5: SRM busy-file handling fixed', {
    issue: 'channel agents must be restarted once after the schema upgrade (documented in known issues)',
  }),
  rel(4, A, 'glite', 'LFC_mysql', G32, '3.2.6-0', X64, 'LFC 1.8.0: bulk methods, secure DLI'),
  rel(4, A, 'glite', 'SE-DPM_mysql', G32, '3.2.7-0', X64, 'DPM 1.8.0-1: pool selection fixes'),
  rel(4, A, 'glite', 'StoRM', G32, '1.6.1-2', X64, 'StoRM 1.6.1: new GridHTTPs server, tape recall'),
  rel(4, A, 'glite', 'dCache', G32, '1.9.10-5', X64, 'dCache 1.9.10: NFS 4.1, new info provider'),
  rel(4, A, 'glite', 'UI', G32, '3.2.10-0', BOTH, 'User Interface: WMS 3.2 clients, ARC client plug-ins'),
  rel(4, A, 'glite', 'WN', G32, '3.2.10-0', X64, 'Worker node: GFAL 1.11.16, lcg_util 1.11.16'),
  rel(4, A, 'glite', 'GFAL/lcg_util', G32, '1.11.16-1', BOTH, 'GFAL/lcg_util 1.11.16: checksum verification, BDII timeouts'),
  rel(4, A, 'glite', 'APEL', G32, '3.2.5-0', X64, 'APEL: message-bus publishing to the central repository'),
  rel(4, A, 'glite', 'MPI_utils', G32, '3.2.4-0', X64, 'mpi-start 1.0.4: hooks for file distribution'),
  rel(4, A, 'glite', 'TORQUE_utils', G32, '3.2.6-0', X64, 'Torque utils: Torque 2.5 support'),
  rel(4, A, 'glite', 'UI', G31, '3.1.46-0', I386, 'gLite 3.1 User Interface: last update before end of support'),
  rel(4, A, 'ca', 'lcg-CA', 'CA', '1.38-1', X64, 'IGTF 1.38: new CA profiles, removed discontinued CAs'),
  rel(4, A, 'opstools', 'SAM/Nagios', 'SAM-1', '1.11.0-1', X64, 'SAM Update 09: ARC and CREAM probes, MyEGI'),
  rel(4, A, 'arc', 'ARC-CE', 'ARC-0.8', '0.8.3.1-1', X64, 'ARC 0.8.3.1: grid-manager and GridFTP security fixes'),
  rel(4, R, 'glite', 'AMGA', G32, '3.2.2-0', X64, 'AMGA 2.1: replication', {
    issue: 'replication to a slave breaks with PostgreSQL 8.4: the slave stops after the first schema change',
  }),
  rel(4, R, 'glite', 'PX', G32, '3.2.3-0', X64, 'MyProxy 5.3 as glite-PX', {
    issue: 'myproxy-server fails to renew proxies with VOMS extensions; WMS proxy renewal breaks',
  }),
  // ------------------------------------------------------------ after the first year: May-Jul 2011, EMI 1.0 (12 May 2011) and IGE 1.0
  rel(5, A, 'glite', 'SE-DPM_mysql', 'EMI-1.0', '1.8.0-1', X64, 'EMI 1.0 DPM: first EMI release of the Disk Pool Manager', { reports: 2 }),
  rel(5, A, 'glite', 'CREAM', 'EMI-1.0', '1.13.0-1', X64, 'EMI 1.0 CREAM 1.13: GLUE 2.0, Argus authorisation', { reports: 2 }),
  rel(5, A, 'glite', 'BDII_top', 'EMI-1.0', '1.0.0-1', X64, 'EMI 1.0 top BDII (bdii 5.2)', { reports: 2 }),
  rel(5, A, 'arc', 'ARC-CE', 'EMI-1.0', '1.0.0-1', X64, 'EMI 1.0 ARC CE: A-REX 1.0', { reports: 1 }),
  rel(5, A, 'unicore', 'UNICORE/X', 'EMI-1.0', '6.4.0-1', X64, 'EMI 1.0 UNICORE/X 6.4: new XNJS', { reports: 1 }),
  rel(5, R, 'glite', 'Argus', 'EMI-1.0', '1.3.0-1', X64, 'EMI 1.0 Argus 1.3', {
    reports: 1,
    issue: 'the PEP daemon fails when the PAP holds more than about 300 policies',
  }),
  rel(5, A, 'globus', 'GridFTP', 'IGE-1.0', '5.0.4-1', X64, 'IGE 1.0 GridFTP server 5.0.4', { reports: 1 }),
  rel(5, A, 'ca', 'lcg-CA', 'CA', '1.39-1', X64, 'IGTF 1.39: two new CAs', { reports: 2 }),
];

/**
 * The document's Table 2: staged-rollout tests (reports) per NGI per quarter, Q1..Q4.
 * Keys are NGI codes; the row order is the document's.
 */
export const TABLE_2: Record<string, [number, number, number, number]> = {
  AU: [0, 1, 1, 0],
  CA: [0, 0, 0, 1],
  CERN: [1, 0, 1, 2],
  HR: [0, 1, 0, 1],
  FR: [1, 1, 0, 0],
  DE: [3, 2, 1, 1],
  GR: [0, 0, 0, 3],
  IT: [3, 2, 2, 6],
  MK: [0, 0, 1, 0],
  NL: [0, 0, 0, 2],
  PL: [0, 1, 0, 3],
  PT: [0, 4, 1, 6],
  RS: [1, 1, 0, 1],
  SI: [1, 1, 2, 3],
  ES: [2, 0, 2, 6],
  CH: [0, 0, 1, 2],
  UK: [0, 0, 2, 3],
};

/** The document's Table 1: releases Accepted / Rejected / No test per quarter. */
export const TABLE_1: Record<1 | 2 | 3 | 4, { accepted: number; rejected: number; noTest: number }> = {
  1: { accepted: 9, rejected: 1, noTest: 7 },
  2: { accepted: 8, rejected: 2, noTest: 7 },
  3: { accepted: 9, rejected: 2, noTest: 0 },
  4: { accepted: 26, rejected: 2, noTest: 0 },
};

export const SKIP_JUSTIFICATION_PATCH =
  'gLite 3.x patch certified by the gLite consortium and released to production through the Savannah patch process ' +
  'without staged rollout, before EGI and the gLite consortium agreed (third project quarter) that no component is ' +
  'released without the staged rollout test.';

export const SKIP_JUSTIFICATION_SECURITY =
  'High-priority security update: fixes a remotely exploitable denial of service of the top-level BDII. Released ' +
  'directly to production on request of the EGI security officer (EGI-CSIRT advisory); sites were asked to update at once.';
