// The component catalogue of 2010-2011 with UMD capabilities, the platforms each ships on, and how many
// EA teams commit to it today (0 = a coverage gap, 1 = covered without redundancy; the goal is 2+).
import type { Capability } from '@/lib/generated/prisma/enums';

export const PLATFORMS = [
  { os: 'SL5', arch: 'x86_64' },
  { os: 'SL5', arch: 'i386' },
  { os: 'SL6', arch: 'x86_64' },
  { os: 'SL6', arch: 'i386' },
  { os: 'Debian6', arch: 'x86_64' },
] as const;

export type PlatformKey = 'SL5 x86_64' | 'SL5 i386' | 'SL6 x86_64' | 'SL6 i386' | 'Debian6 x86_64';

export function platformKey(os: string, arch: string): string {
  return `${os} ${arch}`;
}

export function splitPlatformKey(key: string): { os: string; arch: string } {
  const [os = '', arch = ''] = key.split(' ');
  return { os, arch };
}

const SERVER: PlatformKey[] = ['SL5 x86_64', 'SL6 x86_64'];
const SL5_ONLY: PlatformKey[] = ['SL5 x86_64'];
const SL5_BOTH: PlatformKey[] = ['SL5 x86_64', 'SL5 i386'];
const CLIENT: PlatformKey[] = ['SL5 x86_64', 'SL5 i386', 'SL6 x86_64', 'SL6 i386'];
const WITH_DEBIAN: PlatformKey[] = ['SL5 x86_64', 'SL6 x86_64', 'Debian6 x86_64'];
const CLIENT_DEBIAN: PlatformKey[] = ['SL5 x86_64', 'SL5 i386', 'SL6 x86_64', 'Debian6 x86_64'];

export interface ComponentSeed {
  stack: string; // stack slug
  name: string;
  capability: Capability;
  description: string;
  platforms: PlatformKey[];
  /** EA teams committed today. */
  teams: number;
  /** ISO date when the component was retired (no new commitments). */
  retiredAt?: string;
  /** Main package of the product, for the release package lists. */
  pkg: string;
}

function c(
  stack: string,
  name: string,
  capability: Capability,
  platforms: PlatformKey[],
  teams: number,
  pkg: string,
  description: string,
  retiredAt?: string,
): ComponentSeed {
  return { stack, name, capability, platforms, teams, pkg, description, ...(retiredAt ? { retiredAt } : {}) };
}

export const COMPONENTS: ComponentSeed[] = [
  // ---------------------------------------------------------------- gLite (incl. dCache)
  c('glite', 'CREAM', 'COMPUTE', SERVER, 5, 'glite-CREAM', 'Computing Resource Execution And Management service (CREAM CE)'),
  c('glite', 'WMS', 'COMPUTE', SERVER, 3, 'glite-WMS', 'Workload Management System'),
  c('glite', 'LB', 'COMPUTE', SERVER, 2, 'glite-LB', 'Logging and Bookkeeping (L&B) service'),
  c('glite', 'LCG-CE', 'COMPUTE', SL5_BOTH, 0, 'lcg-CE', 'LCG Computing Element (Globus GRAM 2 based), superseded by CREAM', '2012-03-31'),
  c('glite', 'BDII_top', 'INFORMATION', SERVER, 4, 'glite-BDII_top', 'Top-level Berkeley Database Information Index'),
  c('glite', 'BDII_site', 'INFORMATION', SERVER, 4, 'glite-BDII_site', 'Site-level BDII'),
  c('glite', 'CLUSTER', 'INFORMATION', SERVER, 1, 'glite-CLUSTER', 'Cluster/subcluster publisher for sites with several CEs'),
  c('glite', 'VOMS_mysql', 'SECURITY', SERVER, 2, 'glite-VOMS_mysql', 'Virtual Organization Membership Service, MySQL back end'),
  c('glite', 'VOMS_oracle', 'SECURITY', SL5_ONLY, 1, 'glite-VOMS_oracle', 'Virtual Organization Membership Service, Oracle back end'),
  c('glite', 'VOMS-Admin', 'SECURITY', SERVER, 2, 'voms-admin-server', 'VOMS administration web service'),
  c('glite', 'Argus', 'SECURITY', SERVER, 3, 'glite-ARGUS', 'Argus authorization service (PAP, PDP, PEP)'),
  c('glite', 'Argus-EES', 'SECURITY', SERVER, 1, 'glite-ARGUS-EES', 'Argus Execution Environment Service'),
  c('glite', 'glexec', 'SECURITY', CLIENT, 3, 'glite-GLEXEC_wn', 'gLExec identity switching on worker nodes'),
  c('glite', 'SCAS', 'SECURITY', SL5_ONLY, 0, 'glite-SCAS', 'Site Central Authorization Service, superseded by Argus', '2011-10-31'),
  c('glite', 'PX', 'SECURITY', SERVER, 2, 'glite-PX', 'MyProxy credential store as packaged in gLite'),
  c('glite', 'Hydra', 'STORAGE', SERVER, 0, 'glite-HYDRA_mysql', 'Hydra key store for file encryption'),
  c('glite', 'gridsite', 'SECURITY', CLIENT, 1, 'gridsite', 'GridSite: grid security for web servers'),
  c('glite', 'trustmanager', 'SECURITY', SERVER, 1, 'glite-security-trustmanager', 'Java trust manager for grid certificates'),
  c('glite', 'FTS', 'DATA', SERVER, 2, 'glite-FTS_oracle', 'File Transfer Service'),
  c('glite', 'FTM', 'OPERATIONS', SERVER, 0, 'glite-FTM', 'File Transfer Monitor'),
  c('glite', 'LFC_mysql', 'DATA', SERVER, 3, 'glite-LFC_mysql', 'LCG File Catalog, MySQL back end'),
  c('glite', 'LFC_oracle', 'DATA', SL5_ONLY, 2, 'glite-LFC_oracle', 'LCG File Catalog, Oracle back end'),
  c('glite', 'AMGA', 'DATA', SERVER, 1, 'glite-AMGA_postgres', 'ARDA Metadata Grid Application'),
  c('glite', 'SE-DPM_mysql', 'STORAGE', SERVER, 4, 'glite-SE_dpm_mysql', 'Disk Pool Manager head node, MySQL back end'),
  c('glite', 'SE-DPM_oracle', 'STORAGE', SL5_ONLY, 1, 'glite-SE_dpm_oracle', 'Disk Pool Manager head node, Oracle back end'),
  c('glite', 'DPM-disk', 'STORAGE', SERVER, 3, 'glite-SE_dpm_disk', 'Disk Pool Manager disk server'),
  c('glite', 'StoRM', 'STORAGE', SERVER, 3, 'glite-SE_storm_backend', 'StoRM SRM storage resource manager'),
  c('glite', 'dCache', 'STORAGE', SERVER, 3, 'dcache-server', 'dCache storage element'),
  c('glite', 'dCache-SRM-client', 'CLIENT', CLIENT, 1, 'dcache-srmclient', 'dCache SRM command-line client'),
  c('glite', 'UI', 'CLIENT', CLIENT, 4, 'glite-UI', 'User Interface'),
  c('glite', 'UI_TAR', 'CLIENT', CLIENT, 0, 'glite-UI_TAR', 'Relocatable (tarball) User Interface'),
  c('glite', 'WN', 'COMPUTE', CLIENT, 5, 'glite-WN', 'Worker Node middleware'),
  c('glite', 'WN_TAR', 'COMPUTE', CLIENT, 1, 'glite-WN_TAR', 'Relocatable (tarball) Worker Node'),
  c('glite', 'GFAL/lcg_util', 'CLIENT', CLIENT, 2, 'lcg_util', 'Grid File Access Library and lcg-utils data management clients'),
  c('glite', 'APEL', 'OPERATIONS', SERVER, 3, 'glite-APEL', 'APEL accounting publisher'),
  c('glite', 'MPI_utils', 'COMPUTE', CLIENT, 2, 'glite-MPI_utils', 'MPI support for CE and WN (mpi-start)'),
  c('glite', 'TORQUE_server', 'COMPUTE', SERVER, 2, 'glite-TORQUE_server', 'Torque/Maui batch server configuration'),
  c('glite', 'TORQUE_utils', 'COMPUTE', SERVER, 2, 'glite-TORQUE_utils', 'Torque client utilities for the CE'),
  c('glite', 'LSF_utils', 'COMPUTE', SERVER, 1, 'glite-LSF_utils', 'LSF batch system integration for the CE'),
  c('glite', 'SGE_utils', 'COMPUTE', SERVER, 0, 'glite-SGE_utils', 'Sun Grid Engine integration for the CE'),
  c('glite', 'VOBOX', 'COMPUTE', ['SL5 x86_64', 'SL5 i386', 'SL6 x86_64'], 1, 'glite-VOBOX', 'VO box for VO-specific services'),
  // ---------------------------------------------------------------- ARC
  c('arc', 'ARC-CE', 'COMPUTE', WITH_DEBIAN, 3, 'nordugrid-arc-arex', 'ARC computing element (A-REX and grid-manager)'),
  c('arc', 'ARC-InfoSys', 'INFORMATION', WITH_DEBIAN, 2, 'nordugrid-arc-aris', 'ARC information system (ARIS, EGIIS)'),
  c('arc', 'ARC-Clients', 'CLIENT', CLIENT_DEBIAN, 2, 'nordugrid-arc-client', 'ARC command-line clients'),
  c('arc', 'ARC-gridftp', 'STORAGE', WITH_DEBIAN, 2, 'nordugrid-arc-gridftpd', 'ARC GridFTP server'),
  c('arc', 'ARC-nordugridmap', 'SECURITY', SERVER, 1, 'nordugridmap', 'Grid-mapfile generation from VOMS'),
  c('arc', 'ARC-Cache-Service', 'DATA', SERVER, 0, 'nordugrid-arc-cache-service', 'ARC cache service'),
  c('arc', 'ARC-Janitor', 'COMPUTE', SERVER, 0, 'nordugrid-arc-janitor', 'ARC runtime environment manager'),
  c('arc', 'ARC-Chelonia', 'STORAGE', SL5_ONLY, 0, 'nordugrid-arc-chelonia', 'Chelonia distributed storage, discontinued', '2011-11-30'),
  // ---------------------------------------------------------------- UNICORE
  c('unicore', 'UNICORE/X', 'COMPUTE', WITH_DEBIAN, 2, 'unicore-unicorex', 'UNICORE/X job execution and storage service'),
  c('unicore', 'UNICORE-Gateway', 'SECURITY', WITH_DEBIAN, 2, 'unicore-gateway', 'UNICORE Gateway'),
  c('unicore', 'UNICORE-Registry', 'INFORMATION', SERVER, 1, 'unicore-registry', 'UNICORE service registry'),
  c('unicore', 'UNICORE-TSI', 'COMPUTE', SERVER, 1, 'unicore-tsi', 'UNICORE Target System Interface'),
  c('unicore', 'UVOS', 'SECURITY', SERVER, 1, 'unicore-uvos-server', 'UNICORE VO Service'),
  c('unicore', 'UNICORE-XUUDB', 'SECURITY', SERVER, 0, 'unicore-xuudb', 'UNICORE user database'),
  c('unicore', 'UCC', 'CLIENT', CLIENT_DEBIAN, 1, 'unicore-ucc', 'UNICORE command-line client'),
  c('unicore', 'UNICORE-HILA', 'CLIENT', SERVER, 0, 'unicore-hila', 'High Level API for grid Applications'),
  // ---------------------------------------------------------------- Globus (IGE)
  c('globus', 'GRAM', 'COMPUTE', SERVER, 2, 'globus-gram5', 'Globus GRAM5 job submission service'),
  c('globus', 'GridFTP', 'STORAGE', SERVER, 3, 'globus-gridftp-server', 'Globus GridFTP server'),
  c('globus', 'GSI-OpenSSH', 'SECURITY', CLIENT, 1, 'gsi-openssh', 'OpenSSH with GSI authentication'),
  c('globus', 'MyProxy', 'SECURITY', SERVER, 1, 'myproxy-server', 'MyProxy online credential repository'),
  c('globus', 'RLS', 'DATA', SERVER, 0, 'globus-rls-server', 'Globus Replica Location Service'),
  c('globus', 'GridWay', 'COMPUTE', SERVER, 0, 'gridway', 'GridWay metascheduler'),
  // ---------------------------------------------------------------- Operational Tools (EGI)
  c('opstools', 'SAM/Nagios', 'OPERATIONS', SL5_ONLY, 1, 'egi-nagios', 'Service Availability Monitoring on Nagios (regional instance)'),
  c('opstools', 'Regional-Dashboard', 'OPERATIONS', SL5_ONLY, 0, 'egi-regional-dashboard', 'Operations Portal regional dashboard'),
  c('opstools', 'Accounting-Portal', 'OPERATIONS', SL5_ONLY, 0, 'egi-accounting-portal', 'Regional accounting portal'),
  // ---------------------------------------------------------------- Trust Anchors (EGI)
  c('ca', 'lcg-CA', 'SECURITY', CLIENT, 4, 'lcg-CA', 'The EGI Trust Anchor distribution of IGTF accredited CAs'),
];
