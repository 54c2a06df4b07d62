/**
 * Development zones (开发区、高新区、示范区) that the policy documents address as jurisdictions of their own
 * under a city (their 管委会 answer for the zone as a county government does), where the pinned GB/T 2260
 * data has no code for them. Their codes are the project's own: six digits under the city, in the range the
 * statistics bureau's 统计用区划代码 uses for development zones (the county part 71–79: 130171 石家庄高新技术
 * 产业开发区, 140271 …), picked from the numbers it leaves free in that city. So a zone sits under its city in
 * every region rule (`regionPrefix`, jurisdiction), and a unit test fails if an edition of the data ever gives
 * one of these codes to something else. The zones the data already codes (its own 7x codes) are not repeated here.
 *
 * Pure data, no I/O. Documented in docs/api.md#development-zones.
 */

export interface DevelopmentZone {
  /** The project's own code, under `city`. */
  code: string;
  /** The name as the document that addresses the zone writes it. */
  name: string;
  /** The city (…00) the zone is under. */
  city: string;
  /** Where the zone is addressed as a jurisdiction: the seed document and the words it uses. */
  source: string;
  note?: string;
}

export const DEVELOPMENT_ZONES: readonly DevelopmentZone[] = [
  {
    code: '610971',
    name: '安康高新区',
    city: '610900',
    source: '004 安康市: “各县(市、区)人民政府,安康高新区、恒口示范区管委会”',
    note: '安康高新技术产业开发区 (national high-tech zone).',
  },
  {
    code: '610972',
    name: '恒口示范区',
    city: '610900',
    source: '004 安康市: “各县(市、区)人民政府,安康高新区、恒口示范区管委会”',
    note: '安康恒口示范区(试验区), within the area of 汉滨区 but under its own 管委会.',
  },
  {
    code: '533471',
    name: '香格里拉工业园区',
    city: '533400',
    source:
      '000 迪庆州: “各县（市）人民政府，州直各委、办、局，开发区管委会” (the 开发区 being 香格里拉工业园区, whose 管委会主任 sits on the leading group)',
    note: 'The document calls it 开发区; it is also known as 香格里拉经济开发区.',
  },
];
