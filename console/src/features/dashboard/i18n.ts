import type { FeatureStrings } from '../../app/feature';

const zh = {
  menu: { dashboard: '工作台' },
  title: { sales: '我的工作台', team: '团队业绩', sources: '线索来源' },
  period: { label: '统计期间', last7: '近 7 天', last30: '近 30 天', thisMonth: '本月', thisQuarter: '本季度' },
  card: {
    leadsHeld: '持有线索',
    followUpsDue: '今日待跟进',
    followUps: '跟进次数',
    conversions: '转化客户',
    won: '赢单',
    contractAmount: '合同金额',
  },
  pipeline: { title: '我的销售漏斗', count: '商机数', amount: '金额', weighted: '加权金额', empty: '暂无商机' },
  due: {
    title: '今日待跟进', leads: '线索', customers: '客户', none: '今天没有待跟进的记录', overdue: '已逾期',
    nextFollowUpAt: '下次跟进', name: '名称',
  },
  team: {
    salesperson: '销售员', leadsHeld: '持有线索', followUps: '跟进', conversions: '转化', won: '赢单',
    wonAmount: '赢单金额', lost: '输单', lossReasons: '输单原因', contractAmount: '合同金额（已审批）',
    collected: '累计回款', outstanding: '待回款', total: '合计', empty: '期间内没有数据',
  },
  sources: {
    bySource: '按来源', byCampaign: '按市场活动', total: '线索总数：{{total}}', leads: '线索数',
    unknownCampaign: '活动 {{id}}', empty: '暂无线索来源数据',
  },
  source: {
    TRADE_SHOW: '展会', ADVERTISING: '广告', WEBSITE: '官网', WEBINAR: '网络研讨会', WHITEPAPER: '白皮书',
    REFERRAL: '转介绍', COLD_CALL: '陌生拜访', OTHER: '其他', CAMPAIGN: '市场活动',
  },
  lossReason: {
    PRICE: '价格', COMPETITOR: '竞争对手', NO_BUDGET: '无预算', NO_DECISION: '未决策', TIMING: '时机不对', OTHER: '其他',
  },
  errors: {},
};

const en: typeof zh = {
  menu: { dashboard: 'Dashboard' },
  title: { sales: 'My dashboard', team: 'Team performance', sources: 'Lead sources' },
  period: { label: 'Period', last7: 'Last 7 days', last30: 'Last 30 days', thisMonth: 'This month', thisQuarter: 'This quarter' },
  card: {
    leadsHeld: 'Leads held',
    followUpsDue: 'Follow-ups due today',
    followUps: 'Follow-ups',
    conversions: 'Conversions',
    won: 'Won',
    contractAmount: 'Contract amount',
  },
  pipeline: { title: 'My pipeline', count: 'Opportunities', amount: 'Amount', weighted: 'Weighted amount', empty: 'No opportunities yet' },
  due: {
    title: 'Due today', leads: 'Leads', customers: 'Customers', none: 'Nothing is due today', overdue: 'Overdue',
    nextFollowUpAt: 'Next follow-up', name: 'Name',
  },
  team: {
    salesperson: 'Salesperson', leadsHeld: 'Leads held', followUps: 'Follow-ups', conversions: 'Conversions', won: 'Won',
    wonAmount: 'Won amount', lost: 'Lost', lossReasons: 'Loss reasons', contractAmount: 'Contract amount (approved)',
    collected: 'Collected to date', outstanding: 'Outstanding', total: 'Total', empty: 'No figures in this period',
  },
  sources: {
    bySource: 'By source', byCampaign: 'By campaign', total: 'Leads in all: {{total}}', leads: 'Leads',
    unknownCampaign: 'Campaign {{id}}', empty: 'No lead sources yet',
  },
  source: {
    TRADE_SHOW: 'Trade show', ADVERTISING: 'Advertising', WEBSITE: 'Website', WEBINAR: 'Webinar', WHITEPAPER: 'White paper',
    REFERRAL: 'Referral', COLD_CALL: 'Cold call', OTHER: 'Other', CAMPAIGN: 'Campaign',
  },
  lossReason: {
    PRICE: 'Price', COMPETITOR: 'Competitor', NO_BUDGET: 'No budget', NO_DECISION: 'No decision', TIMING: 'Timing', OTHER: 'Other',
  },
  errors: {},
};

export const dashboardI18n: { zh: FeatureStrings; en: FeatureStrings } = { zh, en };
