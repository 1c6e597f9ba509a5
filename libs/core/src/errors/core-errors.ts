import { defineErrors } from './app-error';
import { RetryLater } from './error-details.views';

/** Errors every module may raise; domain libs define their own catalogs the same way. */
export const CoreErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '请求数据校验失败', en: 'The request data is invalid' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  BODY_TOO_DEEP: { status: 400, zh: '请求体嵌套层级过深', en: 'The request body is nested too deeply' },
  MALFORMED_TEXT: {
    status: 400,
    zh: '请求中含有无法识别的字符，请检查后重新输入',
    en: 'The request holds characters that are not valid text; check it and enter it again',
  },
  BAD_REQUEST: { status: 400, zh: '请求无效', en: 'The request is invalid' },
  UNKNOWN_REGION: { status: 400, zh: '没有这个行政区代码', en: 'There is no region with this code' },
  REASON_REQUIRED: { status: 400, zh: '请填写原因', en: 'Give a reason' },
  MALFORMED_URL: { status: 400, zh: '请求地址无效', en: 'The request URL is malformed' },
  UNAUTHORIZED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
  NOT_FOUND: { status: 404, zh: '未找到请求的资源', en: 'The requested item was not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'There is no such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'This method is not allowed here' },
  CONFLICT: { status: 409, zh: '请求与当前状态冲突', en: 'The request conflicts with the current state' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体过大（上限 1 MB）', en: 'The request body is too large (limit 1 MB)' },
  URI_TOO_LONG: { status: 414, zh: '请求地址过长', en: 'The request URL is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  TOO_MANY_REQUESTS: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests, please try again later',
    details: RetryLater,
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    zh: '服务暂不可用，请稍后再试',
    en: 'The service is unavailable, please try again later',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
});
