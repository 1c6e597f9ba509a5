import type { Translation } from '../messages';

/**
 * Keeping entries current (docs/register.md): the public "information due for update" mark and
 * expired accreditations, the operator's yearly confirmation and the administrators' stale queue.
 */
export const zh = {
  stale: '信息待更新',
  staleHint: '该场馆的信息超过一年未经运营单位确认，可能已有变化，出行前请先致电核实。',
  expired: '已过期',
  confirmation: {
    title: '年度信息确认',
    due: '场馆信息每年需确认一次。请核对本页信息：没有变化，点下面的按钮即可；有变化，请编辑后提交审核（审核通过也算确认）。',
    last: '上次确认：{date}',
    never: '尚未确认',
    button: '信息无变化，确认',
    done: '已确认，感谢！',
    stale: '公开页面正显示“信息待更新”。',
    outOfSearch: '因逾期未确认，该场馆目前不出现在搜索结果中（场馆页面仍可访问、可预约），确认后即恢复。',
    underReview: '修改审核通过后即视为确认。',
  },
  staleQueue: {
    nav: '待更新条目',
    title: '待更新条目',
    intro:
      '超过一年未经运营单位确认的已发布场馆，最久未确认的在前。公开页面显示“信息待更新”；逾期更久的已移出搜索，运营单位确认后自动恢复。',
    venue: '场馆',
    organisation: '运营单位',
    confirmed: '上次确认',
    months: '未确认时长',
    monthsValue: '{n} 个月',
    search: '搜索',
    outOfSearch: '已移出搜索',
    inSearch: '仍在搜索中',
    none: '辖区内没有待更新的条目。',
  },
};

export const en: Translation<typeof zh> = {
  stale: 'Information due for update',
  staleHint:
    "The venue's operator has not confirmed these details for over a year; they may have changed. Please call before you go.",
  expired: 'expired',
  confirmation: {
    title: 'Yearly confirmation',
    due: 'Venue details are confirmed once a year. Check this page: if nothing changed, tap the button below; if something did, edit it and submit it for review (an approved edit also counts).',
    last: 'Last confirmed: {date}',
    never: 'Not confirmed yet',
    button: 'Confirm unchanged',
    done: 'Confirmed, thank you!',
    stale: 'The public page shows "Information due for update".',
    outOfSearch:
      'Not confirmed in time: the venue is out of search results for now (its page stays reachable and bookable). Confirming brings it back.',
    underReview: 'Once your edit is approved, it counts as the confirmation.',
  },
  staleQueue: {
    nav: 'Stale entries',
    title: 'Stale entries',
    intro:
      'Published venues whose operators have not confirmed them for over a year, longest first. Their public pages show "Information due for update"; those overdue longer are out of search until their operator confirms them.',
    venue: 'Venue',
    organisation: 'Operator',
    confirmed: 'Last confirmed',
    months: 'Unconfirmed for',
    monthsValue: '{n} months',
    search: 'Search',
    outOfSearch: 'Out of search',
    inSearch: 'Still in search',
    none: 'No stale entries in your regions.',
  },
};
