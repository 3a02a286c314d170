/*
 * Quy trình cai nghiện ma túy: configuration of the Camunda 7.24 tasklist webapp, replacing the one of the
 * camunda-webapp-webjar (a Spring Boot application serves its own META-INF/resources/webjars/camunda/ first).
 * Vietnamese first, English available; dates DD/MM/YYYY in Vietnam time (../rehab/rehab-ui.js); see docs/webapps.md.
 */

export default {
  app: {
    vendor: 'Quy trình cai nghiện ma túy ·',
    name: 'Công việc'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // moment.js formats; "normal" is the due date and creation date of a task
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  customScripts: ['../rehab/rehab-ui'],
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại mở hồ sơ mới'
    }
  }
};
