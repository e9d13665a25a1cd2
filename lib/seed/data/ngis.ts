// The 17 NGIs of the document's Table 2 and their Early Adopter sites (real grid site names of 2010-2011).
// Each site hosts one EA team, `ea-<NGI code>-<Site>`; when it was formed is in teams.ts.

export interface NgiSeed {
  code: string;
  name: string;
  /** Table 2 label (the NGI's display name). */
  sites: SiteSeed[];
}

export interface SiteSeed {
  name: string;
  timeZone: string;
  /** DNS-ish domain of the site, for the demo e-mail addresses (always under .demo.local). */
  institute: string;
}

export const NGIS: NgiSeed[] = [
  {
    code: 'AU',
    name: 'Australia',
    sites: [{ name: 'Australia-ATLAS', timeZone: 'Australia/Melbourne', institute: 'University of Melbourne' }],
  },
  {
    code: 'CA',
    name: 'Canada',
    sites: [{ name: 'TRIUMF-LCG2', timeZone: 'America/Vancouver', institute: 'TRIUMF' }],
  },
  {
    code: 'CERN',
    name: 'CERN',
    sites: [{ name: 'CERN-PROD', timeZone: 'Europe/Zurich', institute: 'CERN IT' }],
  },
  {
    code: 'HR',
    name: 'Croatia',
    sites: [{ name: 'SRCE', timeZone: 'Europe/Zagreb', institute: 'University Computing Centre SRCE' }],
  },
  {
    code: 'FR',
    name: 'France',
    sites: [
      { name: 'GRIF', timeZone: 'Europe/Paris', institute: 'GRIF (Ile-de-France)' },
      { name: 'IN2P3-CC', timeZone: 'Europe/Paris', institute: 'CC-IN2P3 Lyon' },
      { name: 'IN2P3-CPPM', timeZone: 'Europe/Paris', institute: 'CPPM Marseille' },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    sites: [
      { name: 'FZK-LCG2', timeZone: 'Europe/Berlin', institute: 'KIT / GridKa' },
      { name: 'DESY-HH', timeZone: 'Europe/Berlin', institute: 'DESY Hamburg' },
      { name: 'GSI-LCG2', timeZone: 'Europe/Berlin', institute: 'GSI Darmstadt' },
      { name: 'wuppertalprod', timeZone: 'Europe/Berlin', institute: 'Bergische Universität Wuppertal' },
    ],
  },
  {
    code: 'GR',
    name: 'Greece',
    sites: [
      { name: 'GR-01-AUTH', timeZone: 'Europe/Athens', institute: 'Aristotle University of Thessaloniki' },
      { name: 'HG-03-AUTH', timeZone: 'Europe/Athens', institute: 'Aristotle University of Thessaloniki' },
      { name: 'HG-01-GRNET', timeZone: 'Europe/Athens', institute: 'GRNET Athens' },
    ],
  },
  {
    code: 'IT',
    name: 'Italy',
    sites: [
      { name: 'INFN-T1', timeZone: 'Europe/Rome', institute: 'INFN CNAF Bologna' },
      { name: 'INFN-PADOVA', timeZone: 'Europe/Rome', institute: 'INFN Padova' },
      { name: 'INFN-BARI', timeZone: 'Europe/Rome', institute: 'INFN Bari' },
      { name: 'INFN-NAPOLI', timeZone: 'Europe/Rome', institute: 'INFN Napoli' },
      { name: 'INFN-PISA', timeZone: 'Europe/Rome', institute: 'INFN Pisa' },
      { name: 'INFN-TORINO', timeZone: 'Europe/Rome', institute: 'INFN Torino' },
      { name: 'INFN-MILANO-ATLASC', timeZone: 'Europe/Rome', institute: 'INFN Milano' },
    ],
  },
  {
    code: 'MK',
    name: 'Macedonia',
    sites: [{ name: 'MK-01-UKIM_II', timeZone: 'Europe/Skopje', institute: 'Ss. Cyril and Methodius University' }],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    sites: [
      { name: 'NIKHEF-ELPROD', timeZone: 'Europe/Amsterdam', institute: 'Nikhef Amsterdam' },
      { name: 'SARA-MATRIX', timeZone: 'Europe/Amsterdam', institute: 'SARA Amsterdam' },
    ],
  },
  {
    code: 'PL',
    name: 'Poland',
    sites: [
      { name: 'CYFRONET-LCG2', timeZone: 'Europe/Warsaw', institute: 'ACC Cyfronet AGH Krakow' },
      { name: 'PSNC', timeZone: 'Europe/Warsaw', institute: 'Poznan Supercomputing and Networking Center' },
      { name: 'WCSS64', timeZone: 'Europe/Warsaw', institute: 'Wroclaw Centre for Networking and Supercomputing' },
    ],
  },
  {
    code: 'PT',
    name: 'Portugal',
    sites: [
      { name: 'LIP-Lisbon', timeZone: 'Europe/Lisbon', institute: 'LIP Lisboa' },
      { name: 'NCG-INGRID-PT', timeZone: 'Europe/Lisbon', institute: 'INGRID National Grid Computing Centre' },
      { name: 'LIP-Coimbra', timeZone: 'Europe/Lisbon', institute: 'LIP Coimbra' },
    ],
  },
  {
    code: 'RS',
    name: 'Serbia',
    sites: [
      { name: 'AEGIS01-IPB-SCL', timeZone: 'Europe/Belgrade', institute: 'Institute of Physics Belgrade' },
      { name: 'AEGIS04-KG', timeZone: 'Europe/Belgrade', institute: 'University of Kragujevac' },
    ],
  },
  {
    code: 'SI',
    name: 'Slovenia',
    sites: [
      { name: 'SiGNET', timeZone: 'Europe/Ljubljana', institute: 'Jozef Stefan Institute' },
      { name: 'ARNES', timeZone: 'Europe/Ljubljana', institute: 'ARNES Ljubljana' },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    sites: [
      { name: 'IFCA-LCG2', timeZone: 'Europe/Madrid', institute: 'IFCA Santander' },
      { name: 'PIC', timeZone: 'Europe/Madrid', institute: 'Port d’Informació Científica' },
      { name: 'CESGA', timeZone: 'Europe/Madrid', institute: 'CESGA Santiago de Compostela' },
      { name: 'IFIC-LCG2', timeZone: 'Europe/Madrid', institute: 'IFIC Valencia' },
      { name: 'CIEMAT-LCG2', timeZone: 'Europe/Madrid', institute: 'CIEMAT Madrid' },
      { name: 'UAM-LCG2', timeZone: 'Europe/Madrid', institute: 'Universidad Autónoma de Madrid' },
    ],
  },
  {
    code: 'CH',
    name: 'Switzerland',
    sites: [
      { name: 'CSCS-LCG2', timeZone: 'Europe/Zurich', institute: 'CSCS Lugano' },
      { name: 'UNIBE-LHEP', timeZone: 'Europe/Zurich', institute: 'University of Bern LHEP' },
      { name: 'UNIGE-DPNC', timeZone: 'Europe/Zurich', institute: 'University of Geneva DPNC' },
    ],
  },
  {
    code: 'UK',
    name: 'UK',
    sites: [
      { name: 'UKI-LT2-IC-HEP', timeZone: 'Europe/London', institute: 'Imperial College London' },
      { name: 'RAL-LCG2', timeZone: 'Europe/London', institute: 'STFC Rutherford Appleton Laboratory' },
      { name: 'UKI-SCOTGRID-GLASGOW', timeZone: 'Europe/London', institute: 'University of Glasgow' },
      { name: 'UKI-NORTHGRID-MAN-HEP', timeZone: 'Europe/London', institute: 'University of Manchester' },
      { name: 'UKI-SOUTHGRID-OX-HEP', timeZone: 'Europe/London', institute: 'University of Oxford' },
    ],
  },
];
