/**
 * Strings shared by every feature: the shell, buttons, and the message of each problem+json `code` (or `reason`,
 * which is more precise) the API answers. A feature's own strings live in src/features/<name>/i18n.ts.
 */
const zh = {
  app: { title: 'CRM 业务中台', home: '首页', settings: '设置', welcome: '欢迎，{{name}}', loading: '加载中…', loginRedirect: '正在跳转到登录页…' },
  user: { logout: '退出登录', tenant: '租户', roles: '角色', language: '语言' },
  role: { 'crm-admin': '管理员', 'crm-sales': '销售员', 'crm-marketing': '市场运营', 'crm-finance': '财务' },
  page: {
    forbidden: '您没有权限访问此页面。',
    notFound: '页面不存在。',
    backHome: '返回首页',
  },
  action: {
    search: '查询', reset: '重置', create: '新建', save: '保存', cancel: '取消', ok: '确定', submit: '提交',
    refresh: '刷新', back: '返回', upload: '上传', retry: '重试', open: '打开',
  },
  table: { total: '共 {{total}} 条', totalAtLeast: '至少 {{total}} 条' },
  followUp: {
    type: '方式', content: '内容', occurredAt: '跟进时间', nextFollowUpAt: '下次跟进', add: '添加跟进', added: '已添加跟进',
    empty: '暂无跟进记录', more: '加载更多',
  },
  followUpType: { CALL: '电话', VISIT: '拜访', MESSAGE: '消息', EMAIL: '邮件', MEETING: '会议', OTHER: '其他' },
  error: {
    title: '操作失败',
    field: '字段：{{field}}',
    traceId: '追踪号：{{traceId}}',
    NETWORK: '无法连接服务器，请检查网络后重试。',
    UNKNOWN: '发生未知错误（{{code}}）。',
    VALIDATION_FAILED: '提交的信息有误，请检查标红的字段。',
    MALFORMED_REQUEST: '请求格式不正确。',
    INVALID_PARAMETER: '查询条件不正确。',
    UNAUTHENTICATED: '登录已过期，请重新登录。',
    ACCESS_DENIED: '您没有权限执行此操作。',
    TENANT_MISSING: '您的账号未绑定租户，请联系管理员。',
    NOT_FOUND: '记录不存在，或您无权查看。',
    METHOD_NOT_ALLOWED: '不支持此操作。',
    UNSUPPORTED_MEDIA_TYPE: '不支持此文件或内容类型。',
    CONFLICT: '操作与当前数据状态冲突。',
    STALE_VERSION: '数据已被他人修改，请刷新后重试。',
    GONE: '记录已不存在。',
    PAYLOAD_TOO_LARGE: '文件或内容过大。',
    URI_TOO_LONG: '查询条件过长。',
    RATE_LIMITED: '请求过于频繁，请稍后再试。',
    SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试。',
    INTERNAL_ERROR: '服务器内部错误，请稍后重试。',
  },
};

type Strings = typeof zh;

const en: Strings = {
  app: { title: 'CRM Platform', home: 'Home', settings: 'Settings', welcome: 'Welcome, {{name}}', loading: 'Loading…', loginRedirect: 'Redirecting to sign-in…' },
  user: { logout: 'Sign out', tenant: 'Tenant', roles: 'Roles', language: 'Language' },
  role: { 'crm-admin': 'Admin', 'crm-sales': 'Sales', 'crm-marketing': 'Marketing', 'crm-finance': 'Finance' },
  page: {
    forbidden: 'You are not allowed to see this page.',
    notFound: 'This page does not exist.',
    backHome: 'Back to home',
  },
  action: {
    search: 'Search', reset: 'Reset', create: 'New', save: 'Save', cancel: 'Cancel', ok: 'OK', submit: 'Submit',
    refresh: 'Refresh', back: 'Back', upload: 'Upload', retry: 'Retry', open: 'Open',
  },
  table: { total: '{{total}} in all', totalAtLeast: 'at least {{total}}' },
  followUp: {
    type: 'Type', content: 'Content', occurredAt: 'When', nextFollowUpAt: 'Next follow-up', add: 'Add follow-up',
    added: 'Follow-up added', empty: 'No follow-ups yet', more: 'Load more',
  },
  followUpType: { CALL: 'Call', VISIT: 'Visit', MESSAGE: 'Message', EMAIL: 'Email', MEETING: 'Meeting', OTHER: 'Other' },
  error: {
    title: 'The operation failed',
    field: 'Field: {{field}}',
    traceId: 'Trace id: {{traceId}}',
    NETWORK: 'The server cannot be reached. Check the network and try again.',
    UNKNOWN: 'An unexpected error occurred ({{code}}).',
    VALIDATION_FAILED: 'Some fields are not valid: see the fields marked in red.',
    MALFORMED_REQUEST: 'The request is not well-formed.',
    INVALID_PARAMETER: 'A search condition is not valid.',
    UNAUTHENTICATED: 'Your session has expired. Please sign in again.',
    ACCESS_DENIED: 'You are not allowed to do this.',
    TENANT_MISSING: 'Your account has no tenant. Ask an administrator.',
    NOT_FOUND: 'Not found, or you may not see it.',
    METHOD_NOT_ALLOWED: 'This operation is not supported.',
    UNSUPPORTED_MEDIA_TYPE: 'This file or content type is not supported.',
    CONFLICT: 'This conflicts with the current state of the data.',
    STALE_VERSION: 'Someone else changed this meanwhile. Refresh and try again.',
    GONE: 'This no longer exists.',
    PAYLOAD_TOO_LARGE: 'The file or content is too large.',
    URI_TOO_LONG: 'The search conditions are too long.',
    RATE_LIMITED: 'Too many requests. Please wait a moment.',
    SERVICE_UNAVAILABLE: 'The service is unavailable for now. Please try again shortly.',
    INTERNAL_ERROR: 'An internal server error occurred. Please try again later.',
  },
};

export const common = { zh, en };
