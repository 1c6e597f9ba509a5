import { defineErrors } from '../errors/app-error';

export const IdempotencyErrors = defineErrors({
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    zh: '请在请求头 Idempotency-Key 中提供唯一的请求编号（如 UUID）',
    en: 'Send a unique request key (such as a UUID) in the Idempotency-Key header',
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    zh: 'Idempotency-Key 须为 8–128 个字母、数字或 - _ . : 字符',
    en: 'The Idempotency-Key must be 8–128 letters, digits or - _ . : characters',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该 Idempotency-Key 已用于内容不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  IDEMPOTENCY_IN_FLIGHT: {
    status: 409,
    zh: '使用该 Idempotency-Key 的请求仍在处理中，请稍后重试',
    en: 'A request with this Idempotency-Key is still being processed; retry shortly',
  },
});
