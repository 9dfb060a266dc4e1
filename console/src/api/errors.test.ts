import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { errorMessage } from './errors';
import { ApiError, problemOf } from './problem';

const t = i18n.t.bind(i18n);

describe('problem+json error mapping', () => {
  it('reads a problem and shows its code in plain words, in Chinese by default and in English', async () => {
    const response = new Response(
      JSON.stringify({ status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'lead-service is unavailable', traceId: 'abc' }),
      { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
    );
    const error = new ApiError(await problemOf(response));
    await i18n.changeLanguage('zh');
    expect(errorMessage(error, t)).toBe('服务暂时不可用，请稍后重试。');
    await i18n.changeLanguage('en');
    expect(errorMessage(error, t)).toBe('The service is unavailable for now. Please try again shortly.');
    await i18n.changeLanguage('zh');
  });

  it("prefers a service's reason over the generic code, with the problem's values", () => {
    const error = new ApiError({ status: 409, code: 'CONFLICT', reason: 'CLAIM_LIMIT_REACHED', limit: 50 });
    expect(errorMessage(error, t)).toBe('您持有的线索已达上限（50 条），无法继续领取。');
  });

  it('falls back to the code, then to the detail, for a reason it does not know', () => {
    expect(errorMessage(new ApiError({ status: 409, code: 'CONFLICT', reason: 'SOMETHING_NEW' }), t)).toBe('操作与当前数据状态冲突。');
    expect(errorMessage(new ApiError({ status: 418, code: 'TEAPOT', detail: 'I am a teapot' }), t)).toBe('I am a teapot');
  });

  it('turns a response that is not problem+json into a problem by its status', async () => {
    const problem = await problemOf(new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    expect(problem).toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE' });
  });

  it("lists a validation problem's field errors", () => {
    const error = new ApiError({
      status: 400, code: 'VALIDATION_FAILED', field: 'name',
      errors: [{ field: 'name', message: 'must not be blank' }, { field: 'reachable', message: 'a lead needs a phone or an email' }],
    });
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['name', 'reachable']);
  });

  it('words a reason two services answer as the open area words it', () => {
    const notFound = new ApiError({ status: 404, code: 'NOT_FOUND', reason: 'CUSTOMER_NOT_FOUND' });
    expect(errorMessage(notFound, i18n.getFixedT('zh', ['customers', 'common']))).toBe('客户不存在，或您无权查看。');
    expect(errorMessage(notFound, i18n.getFixedT('zh', ['deals', 'common']))).toBe('客户不存在或您无权为其创建；刚创建的客户请稍后重试。');
    expect(errorMessage(new ApiError({ status: 404, code: 'NOT_FOUND' }), i18n.getFixedT('zh', ['customers', 'common'])))
      .toBe('记录不存在，或您无权查看。');
  });
});
