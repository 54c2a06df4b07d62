/**
 * The exit statistics table's own vocabularies (落后产能退出情况统计表): the periods it is filed for and
 * how the capacity physically left. Pure labels, shared by the query (db/statistics.ts), the API's
 * schemas and exports, and the console.
 */

export const STATISTICS_PERIODS = {
  mid_year: '上半年（1月1日至6月30日）',
  year_end: '全年（1月1日至12月31日）',
} as const;
export type StatisticsPeriod = keyof typeof STATISTICS_PERIODS;

/** How the capacity physically left: dismantled outright, or sealed first and dismantled later. */
export const EXIT_METHODS = {
  dismantled: '拆除',
  sealed_then_dismantled: '先封停后拆除',
  sealed: '封存主体设备（尚未拆除）',
} as const;
export type ExitMethod = keyof typeof EXIT_METHODS;

/**
 * What places an exit in a year: the city's passing acceptance, or — where the case's policy counts sealed
 * main equipment as exited (rules.sealedCountsAsExited, 宁夏 （九）) — the sealing, when it came first.
 */
export const EXIT_COUNTINGS = {
  accepted: '市级验收通过',
  sealed: '封存主体设备（计为退出）',
} as const;
export type ExitCounting = keyof typeof EXIT_COUNTINGS;
