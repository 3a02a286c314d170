/*
 * Quy trình cai nghiện ma túy: configuration of the Camunda 7.24 admin webapp, replacing the one of the
 * camunda-webapp-webjar (a Spring Boot application serves its own META-INF/resources/webjars/camunda/ first).
 * Vietnamese first, English available; dates DD/MM/YYYY in Vietnam time (../rehab/rehab-ui.js); see docs/webapps.md.
 */

export default {
  app: {
    vendor: 'Quy trình cai nghiện ma túy ·',
    name: 'Quản trị'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm:ss',
    long: 'dddd, DD/MM/YYYY HH:mm:ss',
    short: 'DD/MM/YYYY'
  },
  customScripts: ['../rehab/rehab-ui'],
  disableWelcomeMessage: true
};
