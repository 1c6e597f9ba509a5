import { defineErrors, RetryLater } from '@kepu/core';

export const SearchErrors = defineErrors({
  INVALID_BBOX: {
    status: 400,
    zh: 'bbox 格式应为 最小经度,最小纬度,最大经度,最大纬度，且最小值小于最大值',
    en: 'bbox must be minLng,minLat,maxLng,maxLat with each minimum below its maximum',
  },
  POINT_REQUIRED: {
    status: 400,
    zh: '按距离筛选或排序时须同时提供 lat 和 lng',
    en: 'Distance filters and sorting need both lat and lng',
  },
  SEARCH_BUSY: {
    status: 503,
    zh: '搜索服务暂时繁忙，请稍后再试',
    en: 'Search is very busy right now; please try again in a moment',
    details: RetryLater,
  },
});
