import { defineProblems } from '@kepu/core';

/** The field problems of search, in both languages. */
export const SearchProblems = defineProblems({
  UNKNOWN_CITY: {
    problem: '{code}',
    zh: '没有这个城市，请从列表中选择',
    en: 'There is no such city; choose one from the list',
  },
  INVALID_BBOX: {
    problem: '{bbox}',
    zh: '地图范围无效，请移动或缩放地图后再搜索此区域',
    en: 'The map area is not valid; move or zoom the map, then search this area again',
  },
});
