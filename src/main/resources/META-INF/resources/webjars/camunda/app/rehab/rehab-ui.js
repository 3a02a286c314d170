/*
 * Quy trình cai nghiện ma túy: Vietnamese defaults for the Camunda 7.24 webapps (Tasklist, Cockpit, Admin,
 * Welcome). Each app's scripts/config.js loads this file as a custom script; the webapp imports it after it has
 * declared its AngularJS module and before it starts it, so the blocks below run as part of the app.
 *
 *  - Language: Vietnamese unless the user chose English with the link in the footer (remembered in the browser).
 *    Camunda's own rule would give English to every browser whose first language is English.
 *  - Time: dates and times are shown in Vietnam time (UTC+07:00, no daylight saving) whatever the computer's
 *    time zone, and the footer names that zone. Dates typed without a zone are read as Vietnam time.
 *  - Date formats: those of the app's config.js (dateFormat), in every app (Cockpit ignores the setting).
 *  - Tasklist: due, follow-up and creation dates as dates (DD/MM/YYYY HH:mm), not "in 2 days"; the task list
 *    sorted by due date, earliest first, until the user picks another order.
 *  - Camunda Forms: date fields day first (dd/mm/yyyy) whatever the browser's language.
 *
 * See docs/webapps.md for what this covers and what it does not.
 */

const VIETNAM_OFFSET_MINUTES = 420;
const ZONE_LABEL = 'Asia/Ho_Chi_Minh (UTC+07:00)';
const LANGUAGE_KEY = 'rehab.language';
const LANGUAGES = { vi: 'Tiếng Việt', en: 'English' };
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

const angular = window.angular;
const appName = document.querySelector('base').getAttribute('app-name');
const appConf = window['cam' + appName.charAt(0).toUpperCase() + appName.slice(1) + 'Conf'] || {};

function chosenLanguage() {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch (e) {
    return 'vi';
  }
}

/** The moment.js instance the webapps share (one copy, in lib/deps.js), found through webpack's module table. */
function sharedMoment() {
  const chunks = window.webpackChunkcamunda_bpm_webapp;
  if (!chunks || typeof chunks.push !== 'function') {
    return null;
  }
  let require = null;
  chunks.push([['rehab-ui-' + Date.now()], {}, function (r) { require = r; }]);
  if (!require || !require.m) {
    return null;
  }
  const isMoment = (m) => typeof m === 'function' && typeof m.updateOffset === 'function'
    && typeof m.defineLocale === 'function' && typeof m.utc === 'function';
  for (const id of Object.keys(require.m)) {
    const source = Function.prototype.toString.call(require.m[id]);
    if (source.indexOf('updateOffset') >= 0 && source.indexOf('defineLocale') >= 0) {
      const candidate = require(id);
      if (isMoment(candidate)) {
        return candidate;
      }
    }
  }
  return null;
}

/**
 * Every moment created in local mode is switched to UTC+07:00, keeping its instant; one parsed from a text or
 * array without an offset is read as Vietnam wall-clock time (what moment-timezone's default zone does). So a
 * server timestamp shows in Vietnam time, and the webapps' own round trip (timestamp -> "YYYY-MM-DDTHH:mm:ss" for
 * the date picker -> timestamp with offset) keeps the instant. moment.utc(...) moments are left alone.
 */
function showVietnamTime(moment) {
  moment.updateOffset = function (mom) {
    if (mom._isUTC || !mom.isValid()) {
      return;
    }
    // moment keeps the input (_i) and the parsed offset (_tzm) of a text, not its parsed fields
    if ((typeof mom._i === 'string' || Array.isArray(mom._i)) && mom._tzm === undefined) {
      const d = mom._d;
      d.setTime(d.getTime() - (VIETNAM_OFFSET_MINUTES + d.getTimezoneOffset()) * 60000);
    }
    mom.utcOffset(VIETNAM_OFFSET_MINUTES);
  };
  window.rehabVietnamTime = true;
}

/**
 * Camunda Forms (form-js) take the order of day and month in a date field from the browser's language
 * (Intl.DateTimeFormat of the default locale): a browser left in English (US) would show and read 07/08/2026 as
 * 8 July. Vietnamese dates are written day first, so in these apps the default locale of date formatting is
 * Vietnamese, whatever the browser's language; a caller naming a locale gets that locale, and the time zone is
 * untouched.
 */
function dayFirstDates() {
  const Native = Intl.DateTimeFormat;
  if (Native.rehabDayFirst) {
    return;
  }
  const DayFirst = function (locales, options) {
    return new Native(locales === undefined || locales === 'default' ? 'vi-VN' : locales, options);
  };
  DayFirst.prototype = Native.prototype;
  DayFirst.supportedLocalesOf = Native.supportedLocalesOf;
  DayFirst.rehabDayFirst = true;
  Intl.DateTimeFormat = DayFirst;
}

dayFirstDates();

const moment = sharedMoment();
if (moment) {
  showVietnamTime(moment);
} else {
  console.warn('rehab-ui: moment.js not found, dates stay in the browser time zone');
}

const app = angular.module('cam.' + appName);

app.config(['$translateProvider', '$provide', '$injector', function ($translateProvider, $provide, $injector) {
  $translateProvider.preferredLanguage(chosenLanguage());

  if (appConf.dateFormat && $injector.has('camDateFormatProvider')) {
    const formats = $injector.get('camDateFormatProvider');
    Object.keys(appConf.dateFormat).forEach((name) => formats.setDateFormat(appConf.dateFormat[name], name));
  }

  // Tasklist shows due, follow-up and creation dates as "2 days ago"; officers count deadlines in dates, so show the
  // date itself (the long form, with the weekday, is in the tooltip).
  // angular-moment shows the full date once now - date >= threshold, which a huge negative threshold always is.
  if ($injector.has('amTimeAgoConfig')) {
    const timeAgo = $injector.get('amTimeAgoConfig');
    timeAgo.fullDateThreshold = -1e9;
    timeAgo.fullDateThresholdUnit = 'day';
    timeAgo.fullDateFormat = (appConf.dateFormat && appConf.dateFormat.normal) || 'DD/MM/YYYY HH:mm';
  }

  // AngularJS's own date filter in Vietnam time too (Tasklist's history shows the server's timestamps with it).
  // Only for timestamps (texts, numbers): a Date object here comes from a date picker and holds wall-clock
  // fields that the webapps turn back into text; shifting it would move the date a user picked.
  $provide.decorator('dateFilter', ['$delegate', function ($delegate) {
    return function (date, format, timezone) {
      const instant = typeof date === 'string' || typeof date === 'number';
      return $delegate(date, format, timezone || (moment && instant ? '+0700' : undefined));
    };
  }]);

  // Footer: the zone the dates are shown in, and the switch to the other language.
  $provide.decorator('camWidgetFooterDirective', ['$delegate', function ($delegate) {
    const footer = $delegate[0];
    footer.template = String(footer.template).replace('<i>{{timezoneName}}</i>',
      '<i>{{timezoneName}}</i> <a href class="rehab-language" ng-click="rehabSwitchLanguage()"'
      + ' lang="{{ rehabOtherLanguage }}">{{ rehabOtherLanguageName }}</a>');
    const link = footer.link || (footer.compile && footer.compile());
    footer.compile = function () {
      return function (scope) {
        if (typeof link === 'function') {
          link.apply(this, arguments);
        } else if (link && typeof link.post === 'function') {
          link.post.apply(this, arguments);
        }
        if (moment) {
          scope.timezoneName = ZONE_LABEL;
        }
        scope.rehabOtherLanguage = chosenLanguage() === 'vi' ? 'en' : 'vi';
        scope.rehabOtherLanguageName = LANGUAGES[scope.rehabOtherLanguage];
        scope.rehabSwitchLanguage = function () {
          try {
            window.localStorage.setItem(LANGUAGE_KEY, scope.rehabOtherLanguage);
          } catch (e) {
            // private mode: the choice lasts for this page only
          }
          window.location.reload();
        };
      };
    };
    return $delegate;
  }]);
}]);

app.run(['$rootScope', '$location', function ($rootScope, $location) {
  document.documentElement.setAttribute('lang', chosenLanguage());
  if (appName !== 'tasklist') {
    return;
  }
  const dueDateFirst = function () {
    const search = $location.search();
    if ($location.path() === '/' && !search.sorting) {
      $location.search('sorting', DUE_DATE_FIRST).replace();
    }
  };
  $rootScope.$on('$locationChangeSuccess', dueDateFirst);
}]);
