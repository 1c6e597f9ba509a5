import * as admin from '../consoles/admin/messages';
import * as adminIdentity from '../consoles/admin/identity-messages';
import * as adminKeeping from '../consoles/admin/keeping-messages';
import * as duplicates from '../consoles/admin/duplicates-messages';
import * as aliases from '../consoles/admin/aliases-messages';
import * as adminOutreach from '../consoles/admin/outreach/messages';
import * as operatorGroups from '../consoles/operator/groups/messages';
import * as operator from '../consoles/operator/messages';
import * as operatorDesk from '../consoles/operator/desk/desk-messages';
import * as operatorDay from '../consoles/operator/day-messages';
import * as outreachProvider from '../consoles/outreach-provider/messages';
import * as outreach from '../consoles/outreach/messages';
import * as school from '../consoles/school/messages';
import * as stats from '../consoles/stats/messages';
import * as annualService from '../consoles/stats/annual-messages';

/**
 * The consoles' own strings, by language: two fifths of the app's text, which no public page shows,
 * and the outreach pages' (volunteers and orderers work in the consoles). They load with the first
 * console page (loadConsoleMessages in i18n.ts) rather than with every visitor's first page;
 * messages.ts has the rest.
 */
export const consoleMessages = {
  'zh-CN': {
    operator: operator.zh,
    operatorGroups: operatorGroups.zh,
    operatorDesk: operatorDesk.zh,
    operatorDay: operatorDay.zh,
    school: school.zh,
    admin: admin.zh,
    adminKeeping: adminKeeping.zh,
    duplicates: duplicates.zh,
    aliases: aliases.zh,
    adminIdentity: adminIdentity.zh,
    adminOutreach: adminOutreach.zh,
    stats: stats.zh,
    annualService: annualService.zh,
    outreachProvider: outreachProvider.zh,
    outreach: outreach.zh,
  },
  en: {
    operator: operator.en,
    operatorGroups: operatorGroups.en,
    operatorDesk: operatorDesk.en,
    operatorDay: operatorDay.en,
    school: school.en,
    admin: admin.en,
    adminKeeping: adminKeeping.en,
    duplicates: duplicates.en,
    aliases: aliases.en,
    adminIdentity: adminIdentity.en,
    adminOutreach: adminOutreach.en,
    stats: stats.en,
    annualService: annualService.en,
    outreachProvider: outreachProvider.en,
    outreach: outreach.en,
  },
};
