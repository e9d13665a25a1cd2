// When each Early Adopter team was formed. Chosen so that the document's Table 3 (EA teams at each
// quarter end) comes out of Team.createdAt: 26 on 31 Jul 2010, 33 on 31 Oct 2010 (not recorded in the
// document), 40 on 31 Jan 2011, 45 on 30 Apr 2011; three more joined after the first project year.
// The first twenty were inherited from the EGEE-III staged rollout.

export const TEAM_FORMED: Record<string, string> = {
  // inherited from EGEE-III (before the project start, 1 May 2010)
  'CERN-PROD': '2009-09-14',
  'INFN-T1': '2009-09-14',
  'LIP-Lisbon': '2009-09-21',
  'FZK-LCG2': '2009-09-28',
  'IFCA-LCG2': '2009-10-05',
  'INFN-PADOVA': '2009-10-12',
  'SiGNET': '2009-10-19',
  'GRIF': '2009-11-02',
  'DESY-HH': '2009-11-09',
  'PIC': '2009-11-23',
  'AEGIS01-IPB-SCL': '2009-12-07',
  'INFN-BARI': '2010-01-11',
  'CESGA': '2010-01-25',
  'NCG-INGRID-PT': '2010-02-08',
  'GSI-LCG2': '2010-02-22',
  'IN2P3-CC': '2010-03-08',
  'ARNES': '2010-03-15',
  'INFN-NAPOLI': '2010-03-29',
  'CYFRONET-LCG2': '2010-04-12',
  'SRCE': '2010-04-19',
  // Q1 (May-Jul 2010): 26 at 31 Jul 2010
  'UKI-LT2-IC-HEP': '2010-05-18',
  'Australia-ATLAS': '2010-06-01',
  'GR-01-AUTH': '2010-06-21',
  'RAL-LCG2': '2010-07-06',
  'CSCS-LCG2': '2010-07-14',
  'SARA-MATRIX': '2010-07-26',
  // Q2 (Aug-Oct 2010): 33 at 31 Oct 2010 (not recorded in the document)
  'PSNC': '2010-08-09',
  'UKI-SCOTGRID-GLASGOW': '2010-08-23',
  'INFN-PISA': '2010-09-06',
  'MK-01-UKIM_II': '2010-09-13',
  'IFIC-LCG2': '2010-09-27',
  'LIP-Coimbra': '2010-10-11',
  'NIKHEF-ELPROD': '2010-10-25',
  // Q3 (Nov 2010-Jan 2011): 40 at 31 Jan 2011
  'HG-03-AUTH': '2010-11-08',
  'TRIUMF-LCG2': '2010-11-22',
  'INFN-TORINO': '2010-12-06',
  'UNIBE-LHEP': '2010-12-13',
  'CIEMAT-LCG2': '2011-01-10',
  'AEGIS04-KG': '2011-01-17',
  'WCSS64': '2011-01-24',
  // Q4 (Feb-Apr 2011): 45 at 30 Apr 2011
  'HG-01-GRNET': '2011-02-07',
  'UAM-LCG2': '2011-02-21',
  'UKI-NORTHGRID-MAN-HEP': '2011-03-14',
  'wuppertalprod': '2011-03-28',
  'IN2P3-CPPM': '2011-04-11',
  // after the first project year
  'UKI-SOUTHGRID-OX-HEP': '2011-06-14',
  'INFN-MILANO-ATLASC': '2011-09-20',
  'UNIGE-DPNC': '2012-02-08',
};

/** Team formation instant: 09:00 UTC on the listed day. */
export function teamFormedAt(siteName: string): Date {
  const day = TEAM_FORMED[siteName];
  if (!day) throw new Error(`No formation date for the EA team of site ${siteName}`);
  return new Date(`${day}T09:00:00.000Z`);
}

/** Invented, real-looking names per NGI for the demo users (no real person is meant). */
export const PEOPLE_BY_NGI: Record<string, string[]> = {
  AU: ['Olivia Hartley', 'Liam Donnelly', 'Chloe Nguyen'],
  CA: ['Emily Tremblay', 'Ryan MacLeod', 'Wei Zhang'],
  CERN: ['Lukas Brunner', 'Sofia Marchetti', 'Henrik Larsen', 'Claire Dubois'],
  HR: ['Ivana Horvat', 'Marko Kovačević', 'Petra Babić'],
  FR: ['Camille Durand', 'Julien Moreau', 'Élodie Lefèvre', 'Nicolas Girard', 'Amélie Roux'],
  DE: ['Katrin Becker', 'Jonas Hoffmann', 'Sabine Krüger', 'Tobias Wagner', 'Miriam Schulz'],
  GR: ['Eleni Papadopoulou', 'Nikos Georgiou', 'Maria Konstantinou', 'Giorgos Alexiou'],
  IT: ['Giulia Bianchi', 'Marco Rossi', 'Francesca Romano', 'Luca Ferrari', 'Chiara Galli', 'Paolo Conti', 'Elena Greco', 'Davide Marino'],
  MK: ['Ana Stojanovska', 'Goran Petrovski'],
  NL: ['Sanne de Vries', 'Bram Jansen', 'Lotte Visser'],
  PL: ['Agnieszka Nowak', 'Piotr Wiśniewski', 'Katarzyna Wójcik', 'Tomasz Kamiński'],
  PT: ['Ana Silva', 'João Ferreira', 'Marta Costa', 'Rui Almeida', 'Inês Carvalho'],
  RS: ['Milica Jovanović', 'Nikola Petrović', 'Jelena Ilić'],
  SI: ['Maja Novak', 'Luka Kranjc', 'Nina Zupančič'],
  ES: ['Lucía García', 'Pablo Fernández', 'Carmen Rodríguez', 'Javier Martín', 'Laura Gómez', 'Sergio Ruiz'],
  CH: ['Anna Meier', 'Reto Keller', 'Laura Bernasconi'],
  UK: ['Emma Whitfield', 'James Wilson', 'Fiona MacDonald', 'Oliver Hughes', 'Priya Shah'],
};
