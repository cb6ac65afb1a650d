/**
 * Interface strings in every language. English is the reference; the type makes a missing
 * string in another language a type error, and a unit test checks none is empty.
 */
import type { Lang } from '../story/schema';

const en = {
	eyebrow: 'Hanoi · February 2019',
	skipToStory: 'Skip to the story',
	startReading: 'Start reading ↓',
	onTheMap: 'On the map:',
	sources: 'Sources',
	afterArticles: 'After the source articles: reported later, from the sources named below.',
	quoteTranslated: 'Translated from English.',
	quoteIn: 'in',
	chapterSummit: 'The summit',
	chapterTour: 'A possible tour',
	chapterHistory: 'Seventy years of ties',
	chapterFuture: 'What comes next',
	chapterEpilogue: 'After the articles',
	mapFailed: 'The interactive map could not start. The story’s text is complete without it.',
	mapLabel: 'Map',
	creditsTitle: 'Sources and credits',
	creditsArticles: 'The articles',
	creditsOwnWords:
		'Every sentence of this story is written in our own words from these articles. Quotations are short, attributed to the speaker and the publication that reported them. Facts from outside the articles, and everything marked “After the articles”, name their own sources in each scene.',
	creditsMapData: 'Map data',
	creditsNaturalEarth: 'Land, coastlines and borders at world and regional scales: Natural Earth (public domain).',
	creditsGshhg:
		'The coast of northern Vietnam (Hai Phong, Cat Hai, Ha Long Bay, Van Don): GSHHG full resolution, P. Wessel and W. H. F. Smith, licensed under the GNU LGPL version 3 or later. It predates recent land reclamation at Lach Huyen and Cat Hai.',
	creditsProvinces: 'Provinces of Hai Phong and Quang Ninh: Natural Earth 1:10m admin-1 (boundaries before 2025).',
	creditsPlaces:
		'Place coordinates: each place names its own source in the project’s geodata. Routes and arcs are great circles computed between those places; the tour is a possibility the articles raised, not a confirmed itinerary.',
	creditsOffline: 'The map is drawn from files on this site only; it makes no request to any other server.',
	legendTitle: 'Legend',
	legendTour: 'Possible tour (not confirmed)',
	legendVisit: 'State visit',
	legendFlight: 'Flight',
	legendRelation: 'Diplomatic ties',
	legendMilitary: 'Wartime support or invasion',
	legendTrain: 'By train',
	legendRoad: 'By road',
	legendArea: 'Highlighted country or province',
	legendPlace: 'Place in this scene',
	legendFocus: 'Place in focus',
	language: 'Language',
	languageName: 'English'
};

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;

const vi: UiStrings = {
	eyebrow: 'Hà Nội · Tháng 2/2019',
	skipToStory: 'Chuyển đến nội dung câu chuyện',
	startReading: 'Bắt đầu đọc ↓',
	onTheMap: 'Trên bản đồ:',
	sources: 'Nguồn',
	afterArticles: 'Sau khi các bài báo nguồn được đăng: sự kiện được đưa tin về sau, theo các nguồn nêu dưới đây.',
	quoteTranslated: 'Dịch từ tiếng Anh.',
	quoteIn: 'trên',
	chapterSummit: 'Hội nghị thượng đỉnh',
	chapterTour: 'Một chuyến tham quan khả dĩ',
	chapterHistory: 'Bảy mươi năm quan hệ',
	chapterFuture: 'Chặng đường phía trước',
	chapterEpilogue: 'Sau khi các bài báo được đăng',
	mapFailed: 'Không thể khởi động bản đồ tương tác. Phần chữ của câu chuyện vẫn đầy đủ khi không có bản đồ.',
	mapLabel: 'Bản đồ',
	creditsTitle: 'Nguồn và ghi công',
	creditsArticles: 'Các bài báo',
	creditsOwnWords:
		'Mọi câu chữ trong câu chuyện này đều do chúng tôi tự viết dựa trên các bài báo trên. Các trích dẫn đều ngắn, ghi rõ người nói và ấn phẩm đã đưa tin. Thông tin nằm ngoài các bài báo, cùng mọi nội dung được đánh dấu “Sau khi các bài báo được đăng”, đều nêu nguồn riêng trong từng phần.',
	creditsMapData: 'Dữ liệu bản đồ',
	creditsNaturalEarth: 'Đất liền, đường bờ biển và biên giới ở tỷ lệ thế giới và khu vực: Natural Earth (thuộc phạm vi công cộng).',
	creditsGshhg:
		'Bờ biển miền Bắc Việt Nam (Hải Phòng, Cát Hải, vịnh Hạ Long, Vân Đồn): GSHHG độ phân giải đầy đủ, của P. Wessel và W. H. F. Smith, cấp phép theo GNU LGPL phiên bản 3 trở lên. Dữ liệu này có trước các dự án lấn biển gần đây tại Lạch Huyện và Cát Hải.',
	creditsProvinces: 'Địa giới Hải Phòng và Quảng Ninh: Natural Earth 1:10m admin-1 (ranh giới trước năm 2025).',
	creditsPlaces:
		'Tọa độ địa điểm: mỗi địa điểm đều ghi nguồn riêng trong dữ liệu địa lý của dự án. Các tuyến đường và đường cung là cung vòng lớn được tính giữa các địa điểm đó; lộ trình tham quan là một khả năng được các bài báo nêu ra, không phải lịch trình đã được xác nhận.',
	creditsOffline: 'Bản đồ chỉ được dựng từ các tệp trên trang này; trang không gửi yêu cầu nào tới máy chủ khác.',
	legendTitle: 'Chú giải',
	legendTour: 'Lộ trình tham quan khả dĩ (chưa xác nhận)',
	legendVisit: 'Chuyến thăm cấp nhà nước',
	legendFlight: 'Chuyến bay',
	legendRelation: 'Quan hệ ngoại giao',
	legendMilitary: 'Chi viện thời chiến hoặc đưa quân sang nước khác',
	legendTrain: 'Bằng tàu hỏa',
	legendRoad: 'Bằng đường bộ',
	legendArea: 'Quốc gia hoặc tỉnh được làm nổi bật',
	legendPlace: 'Địa điểm trong phần này',
	legendFocus: 'Địa điểm trọng tâm',
	language: 'Ngôn ngữ',
	languageName: 'Tiếng Việt'
};

const ko: UiStrings = {
	eyebrow: '하노이 · 2019년 2월',
	skipToStory: '본문으로 건너뛰기',
	startReading: '읽기 시작 ↓',
	onTheMap: '지도:',
	sources: '출처',
	afterArticles: '원문 기사 게재 이후의 일: 나중에 보도된 내용이며, 출처는 아래에 밝혔습니다.',
	quoteTranslated: '영어 원문을 번역함.',
	quoteIn: '출처:',
	chapterSummit: '정상회담',
	chapterTour: '예상 시찰 경로',
	chapterHistory: '70년의 관계',
	chapterFuture: '앞으로의 길',
	chapterEpilogue: '기사 게재 이후',
	mapFailed: '인터랙티브 지도를 시작하지 못했습니다. 지도가 없어도 본문은 빠짐없이 읽을 수 있습니다.',
	mapLabel: '지도',
	creditsTitle: '출처 및 제작 정보',
	creditsArticles: '기사',
	creditsOwnWords:
		'이 스토리의 모든 문장은 이 기사들을 바탕으로 저희가 직접 쓴 것입니다. 인용문은 짧게 실었으며, 발언자와 이를 보도한 매체를 밝혔습니다. 기사 밖에서 가져온 사실과 ‘기사 게재 이후’로 표시한 모든 내용은 장면마다 출처를 따로 밝혔습니다.',
	creditsMapData: '지도 데이터',
	creditsNaturalEarth: '세계 및 지역 축척의 육지, 해안선, 국경: Natural Earth(퍼블릭 도메인).',
	creditsGshhg:
		'베트남 북부 해안(하이퐁, 깟하이, 하롱베이, 번돈): GSHHG 최고 해상도 데이터, P. Wessel·W. H. F. Smith 작성, GNU LGPL 버전 3 이상으로 배포. 락후옌과 깟하이의 최근 간척 이전 자료입니다.',
	creditsProvinces: '하이퐁시와 꽝닌성: Natural Earth 1:10m admin-1(2025년 이전 경계).',
	creditsPlaces:
		'장소 좌표: 각 장소의 출처는 프로젝트 지리 데이터에 장소별로 밝혀 두었습니다. 경로와 호는 이 장소들 사이를 대권(大圈)으로 계산해 그린 것이며, 시찰 경로는 기사에서 제기된 가능성일 뿐 확정된 일정이 아닙니다.',
	creditsOffline: '지도는 이 사이트의 파일만으로 그려지며, 다른 서버에는 어떤 요청도 보내지 않습니다.',
	legendTitle: '범례',
	legendTour: '예상 시찰 경로(미확정)',
	legendVisit: '국빈 방문',
	legendFlight: '항공편',
	legendRelation: '외교 관계',
	legendMilitary: '전시 지원 또는 침공',
	legendTrain: '열차 이동',
	legendRoad: '도로 이동',
	legendArea: '강조 표시한 국가 또는 성(省)',
	legendPlace: '이 장면의 장소',
	legendFocus: '주요 장소',
	language: '언어',
	languageName: '한국어'
};

export const UI: Record<Lang, UiStrings> = { en, vi, ko };
