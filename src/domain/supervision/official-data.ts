import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { officialCalendar } from './calendar';

/** The State Council's holidays and 调休 make-up days as published (package chinese-days, 2004 onwards). */
export const OFFICIAL_CALENDAR = officialCalendar(Object.keys(data.holidays), Object.keys(data.workdays));
