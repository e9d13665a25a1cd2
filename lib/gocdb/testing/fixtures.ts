// GOCDB programmatic-interface answers for tests, in the documented format (GOCDB.github.io
// api/read/get_ngi, get_site, get_service; paging as in optional_cursor_paging.md): the same element
// names, attributes and neighbours (portal URLs, scopes, extensions) as the documentation's examples.
export interface FixtureNgi {
  name: string;
}

export interface FixtureSite {
  key: string;
  name: string;
  ngi: string;
  country?: string;
  timeZone?: string;
  certification?: string;
  infrastructure?: string;
}

export interface FixtureEndpoint {
  key: string;
  hostname: string;
  serviceType: string;
  site: string;
  ngi: string;
  hostOs?: string;
  hostArch?: string;
  beta?: boolean;
  inProduction?: boolean;
  monitored?: boolean;
}

const yn = (value: boolean | undefined, fallback: boolean) => ((value ?? fallback) ? 'Y' : 'N');
const esc = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function ngiXml(ngi: FixtureNgi, index: number): string {
  return `  <NGI ID="${index + 1}" NAME="${esc(ngi.name)}">
    <PRIMARY_KEY>${index + 1}</PRIMARY_KEY>
    <NAME>${esc(ngi.name)}</NAME>
    <OBJECT_ID>${index + 1}</OBJECT_ID>
    <DESCRIPTION>An NGI called ${esc(ngi.name)}.</DESCRIPTION>
    <EMAIL>contact@${esc(ngi.name.toLowerCase())}.example</EMAIL>
    <GGUS_SU/>
    <ROD_EMAIL/>
    <HELPDESK_EMAIL>helpdesk@${esc(ngi.name.toLowerCase())}.example</HELPDESK_EMAIL>
    <SECURITY_EMAIL>security@${esc(ngi.name.toLowerCase())}.example</SECURITY_EMAIL>
    <SITE_COUNT>1</SITE_COUNT>
    <SCOPES>
      <SCOPE>EGI</SCOPE>
    </SCOPES>
  </NGI>`;
}

export function siteXml(site: FixtureSite, index: number): string {
  return `  <SITE ID="${index + 1}" PRIMARY_KEY="${esc(site.key)}" NAME="${esc(site.name)}">
    <PRIMARY_KEY>${esc(site.key)}</PRIMARY_KEY>
    <SHORT_NAME>${esc(site.name)}</SHORT_NAME>
    <OFFICIAL_NAME>${esc(site.name)} Computing Centre</OFFICIAL_NAME>
    <SITE_DESCRIPTION>A grid site.</SITE_DESCRIPTION>
    <GOCDB_PORTAL_URL>https://gocdb.example/portal/index.php?Page_Type=Site&amp;id=${index + 1}</GOCDB_PORTAL_URL>
    <HOME_URL>http://www.site.example</HOME_URL>
    <CONTACT_EMAIL>contact@site.example</CONTACT_EMAIL>
    <CONTACT_TEL>+39 0 000 0000</CONTACT_TEL>
    <GIIS_URL>ldap://bdii.site.example:2170/mds-vo-name=${esc(site.name)},o=grid</GIIS_URL>
    <COUNTRY_CODE>XX</COUNTRY_CODE>
    <COUNTRY>${esc(site.country ?? 'Italy')}</COUNTRY>
    <ROC>${esc(site.ngi)}</ROC>
    <PRODUCTION_INFRASTRUCTURE>${esc(site.infrastructure ?? 'Production')}</PRODUCTION_INFRASTRUCTURE>
    <CERTIFICATION_STATUS>${esc(site.certification ?? 'Certified')}</CERTIFICATION_STATUS>
    <TIMEZONE>${esc(site.timeZone ?? 'Europe/Rome')}</TIMEZONE>
    <LATITUDE>45.5</LATITUDE>
    <LONGITUDE>13.6</LONGITUDE>
    <CSIRT_EMAIL>csirt@site.example</CSIRT_EMAIL>
    <NOTIFICATIONS>FALSE</NOTIFICATIONS>
    <DOMAIN>
      <DOMAIN_NAME>site.example</DOMAIN_NAME>
    </DOMAIN>
    <SITE_IP>0.0.0.0/255.255.255.255</SITE_IP>
    <SCOPES>
      <SCOPE>EGI</SCOPE>
    </SCOPES>
    <EXTENSIONS/>
  </SITE>`;
}

export function endpointXml(endpoint: FixtureEndpoint, index: number): string {
  return `  <SERVICE_ENDPOINT PRIMARY_KEY="${esc(endpoint.key)}">
    <PRIMARY_KEY>${esc(endpoint.key)}</PRIMARY_KEY>
    <HOSTNAME>${esc(endpoint.hostname)}</HOSTNAME>
    <GOCDB_PORTAL_URL>https://gocdb.example/portal/index.php?Page_Type=Service&amp;id=${index + 1}</GOCDB_PORTAL_URL>
    <HOSTDN>/DC=org/DC=example/CN=${esc(endpoint.hostname)}</HOSTDN>
    <HOST_OS>${esc(endpoint.hostOs ?? 'SL5')}</HOST_OS>
    <HOST_ARCH>${esc(endpoint.hostArch ?? 'x86_64')}</HOST_ARCH>
    <BETA>${yn(endpoint.beta, false)}</BETA>
    <SERVICE_TYPE>${esc(endpoint.serviceType)}</SERVICE_TYPE>
    <HOST_IP>192.0.2.${(index % 250) + 1}</HOST_IP>
    <CORE/>
    <IN_PRODUCTION>${yn(endpoint.inProduction, true)}</IN_PRODUCTION>
    <NODE_MONITORED>${yn(endpoint.monitored, true)}</NODE_MONITORED>
    <NOTIFICATIONS>N</NOTIFICATIONS>
    <SITENAME>${esc(endpoint.site)}</SITENAME>
    <COUNTRY_NAME>Italy</COUNTRY_NAME>
    <COUNTRY_CODE>IT</COUNTRY_CODE>
    <ROC_NAME>${esc(endpoint.ngi)}</ROC_NAME>
    <URL/>
    <ENDPOINTS>
      <ENDPOINT>
        <ID>${index + 1}</ID>
        <NAME>${esc(endpoint.hostname)}</NAME>
        <EXTENSIONS/>
        <URL/>
        <INTERFACENAME>${esc(endpoint.serviceType)}</INTERFACENAME>
        <ENDPOINT_MONITORED>Y</ENDPOINT_MONITORED>
      </ENDPOINT>
    </ENDPOINTS>
    <SCOPES>
      <SCOPE>EGI</SCOPE>
    </SCOPES>
    <EXTENSIONS/>
  </SERVICE_ENDPOINT>`;
}

/** A `<results>` document; with `paging`, the `<meta>` element of a cursor-paged answer. */
export function resultsXml(elements: string[], paging?: { selfUrl: string; nextUrl: string | null; maxPageSize: number }): string {
  const meta = paging
    ? `  <meta>
    <link rel="self" href="${esc(paging.selfUrl)}"/>
${paging.nextUrl ? `    <link rel="next" href="${esc(paging.nextUrl)}"/>\n` : ''}    <link rel="start" href="${esc(paging.selfUrl.replace(/next_cursor=[^&]*/, 'next_cursor=0'))}"/>
    <count>${elements.length}</count>
    <max_page_size>${paging.maxPageSize}</max_page_size>
  </meta>
`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<results>\n${meta}${elements.join('\n')}\n</results>\n`;
}
