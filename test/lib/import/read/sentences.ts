/**
 * Handbook-like sentences written for these tests (the kind of text HR
 * imports), in Traditional and Simplified script. Binary fixtures (GBK, Big5,
 * UTF-16, garbles, .docx) are generated from them inside the tests.
 */

/** A Traditional job description: duties of a hotel sales manager. */
export const TRADITIONAL_LINES = [
  '銷售經理崗位職責',
  '1、負責擬定酒店年度銷售計劃,并報總經理審批后組織實施。',
  '2、負責開發新客戶,維護老客戶,定期拜訪重要客戶。',
  '3、負責收集市場信息,分析競爭對手的價格與銷售策略。',
  '4、負責制定部門員工的工作計劃,并檢查計劃的完成情況。',
  '5、負責與財務部協調客戶掛賬的額度,協助催收欠款。',
  '6、負責組織銷售人員的業務培訓,提高團隊的銷售能力。',
  '7、每周召開銷售例會,檢討上周工作,安排本周計劃。',
  '8、負責處理客戶投訴,及時向總經理匯報處理結果。',
  '任職要求:',
  '大專以上學歷,三年以上酒店銷售工作經驗;',
  '熟悉本地市場,有良好的溝通能力和客戶資源。',
  '工作計劃:每月初提交本月銷售計劃,月底提交工作總結。',
  '客戶拜訪:每周拜訪客戶不少於十家,並填寫拜訪記錄。',
];

export const TRADITIONAL_TEXT = TRADITIONAL_LINES.join('\n');

/** A Simplified procedure: opening a store in the morning. */
export const SIMPLIFIED_LINES = [
  '门店早班开店流程',
  '一、店长提前三十分钟到店,检查门窗、水电是否正常。',
  '二、组织员工召开晨会,传达当天的销售目标和注意事项。',
  '三、检查货架陈列和价格标签,发现问题及时整改。',
  '四、打开收银系统,核对备用金,确认设备运行正常。',
  '五、九点整准时开门营业,做好迎客准备。',
];

export const SIMPLIFIED_TEXT = SIMPLIFIED_LINES.join('\n');

/** One short Traditional sentence (chardet guesses poorly on text this short). */
export const SHORT_TRADITIONAL = '負責客戶拜訪。';

/** One short Simplified sentence. */
export const SHORT_SIMPLIFIED = '负责门店排班。';
