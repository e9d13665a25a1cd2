// The app's NGI code for a GOCDB NGI name: GOCDB says NGI_IT, the app and team names say IT
// (ea-IT-INFN-T1). Other names (e.g. ROC_CERN, EGI.eu) keep their letters, digits and _.
const MAX_CODE = 16;

export function ngiCodeFor(gocdbName: string): string {
  const stripped = gocdbName.replace(/^NGI_/i, '');
  const code = (stripped.length >= 2 ? stripped : gocdbName).replace(/[^A-Za-z0-9_]/g, '_').slice(0, MAX_CODE);
  return code.length >= 2 ? code : `${code}__`.slice(0, 2);
}
