/* The statistics API's answers, straight from the API's own declarations (types only, erased at build). */
export type * from '../../../../../libs/stats/src/stats.views';
