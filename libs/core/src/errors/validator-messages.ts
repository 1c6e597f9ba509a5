/**
 * What each class-validator rule says to the person who typed the value, in both languages. The
 * generic rules (lengths, ranges, types) speak from their constraints; a rule whose constraint
 * means nothing to a person (`@Matches` and its pattern) carries its own words in the decorator's
 * `context` (`RULE_TEXT` holds the shared ones). validator-messages.spec.ts fails when a rule of
 * any request class has neither.
 */
import { getMetadataStorage, ValidationError } from 'class-validator';
import type { LocalizedText } from './app-error';
import { problemMessage } from './problems';

interface RuleText {
  zh: string;
  en: string;
}

/** Words for the rules that explain themselves from their constraints (`{0}`, `{1}`). */
export const VALIDATOR_TEXT: Record<string, RuleText> = {
  whitelistValidation: { zh: '不接受这一项', en: 'This item is not accepted here' },
  isDefined: { zh: '请填写这一项', en: 'Fill this in' },
  isNotEmpty: { zh: '请填写这一项', en: 'Fill this in' },
  isString: { zh: '请填写文字', en: 'Enter text' },
  isIn: { zh: '请从列出的选项中选择', en: 'Choose one of the listed options' },
  isEnum: { zh: '请从列出的选项中选择', en: 'Choose one of the listed options' },
  maxLength: { zh: '最多 {0} 个字', en: 'At most {0} characters' },
  minLength: { zh: '至少 {0} 个字', en: 'At least {0} characters' },
  isLength: { zh: '长度应为 {0} 到 {1} 个字', en: 'Between {0} and {1} characters' },
  min: { zh: '不能小于 {0}', en: 'Must be at least {0}' },
  max: { zh: '不能大于 {0}', en: 'Must be at most {0}' },
  isInt: { zh: '请填写整数', en: 'Enter a whole number' },
  isNumber: { zh: '请填写数字', en: 'Enter a number' },
  isPositive: { zh: '请填写大于 0 的数', en: 'Enter a number above 0' },
  isUuid: { zh: '所选的一项已不存在，请重新选择', en: 'What was chosen no longer exists; choose again' },
  arrayMaxSize: { zh: '最多 {0} 项', en: 'At most {0} items' },
  arrayMinSize: { zh: '至少 {0} 项', en: 'At least {0} items' },
  arrayNotEmpty: { zh: '请至少选择一项', en: 'Choose at least one' },
  arrayUnique: { zh: '有重复的项，请去掉重复', en: 'Some items repeat; remove the repeats' },
  isArray: { zh: '应为一组值', en: 'Must be a list of values' },
  isBoolean: { zh: '请选择“是”或“否”', en: 'Choose yes or no' },
  isObject: { zh: '格式不正确', en: 'Not in the expected form' },
  nestedValidation: { zh: '格式不正确', en: 'Not in the expected form' },
  isLocalDate: { zh: '请填写有效日期（年-月-日）', en: 'Enter a real date (year-month-day)' },
  isLocalTime: { zh: '请填写 00:00 到 23:59 之间的时间', en: 'Enter a time between 00:00 and 23:59' },
  isIso8601: { zh: '请填写有效的日期和时间', en: 'Enter a valid date and time' },
  isDateString: { zh: '请填写有效的日期和时间', en: 'Enter a valid date and time' },
  isUrl: { zh: '请填写有效的网址', en: 'Enter a valid web address' },
  isEmail: { zh: '请填写有效的电子邮箱地址', en: 'Enter a valid e-mail address' },
  notEquals: { zh: '不能是 {0}', en: 'Must not be {0}' },
};

/** Words shared by many `@Matches` rules: pass one as the decorator's `context`. */
export const RULE_TEXT = {
  notBlank: { zh: '请填写内容，不能只有空格', en: 'Fill this in; spaces alone are not enough' },
  regionCode: { zh: '请选择一个行政区', en: 'Choose a district from the list' },
  oneLine: { zh: '只能写一行，不能含有控制字符', en: 'One line only, without control characters' },
  printable: { zh: '含有无法识别的字符，请删去后重试', en: 'Holds characters that cannot be shown; remove them' },
  mobilePhone: { zh: '请填写 11 位手机号码', en: 'Enter an 11-digit mainland mobile number' },
  publicPhone: {
    zh: '请填写座机（含区号）、400/800 号码或手机号码',
    en: 'Enter a landline with its area code, a 400/800 number or a mobile number',
  },
  login: { zh: '请填写电子邮箱地址或手机号码', en: 'Enter an e-mail address or a mobile number' },
  country: { zh: '请选择签发国家或地区', en: 'Choose the issuing country or region' },
  smsCode: { zh: '请填写短信中的 6 位验证码', en: 'Enter the 6-digit code from the text message' },
  schoolCode: { zh: '学校标识码是 10 位数字', en: 'A school code is 10 digits' },
  signCode: { zh: '请填写 6 位数字签到码', en: 'Enter the 6-digit sign-in code' },
  deviceId: {
    zh: '这台设备的编号无效，请刷新页面后重试',
    en: 'This device’s id is not valid; reload the page and try again',
  },
} satisfies Record<string, RuleText>;

/** When a rule has no words of its own at run time (the spec keeps this from happening). */
const UNEXPLAINED: RuleText = { zh: '这一项填写有误，请检查', en: 'This value is not valid; check it' };

const isRuleText = (value: unknown): value is RuleText =>
  typeof (value as RuleText | undefined)?.zh === 'string' && typeof (value as RuleText).en === 'string';

/** The constraints of the rule `name` on this error's property (lengths, bounds), from the class's metadata. */
function constraintsOf(error: ValidationError, name: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === name);
  return rule?.constraints ?? [];
}

/** The message for one failed rule of a validation error. */
export function validatorMessage(error: ValidationError, name: string): LocalizedText {
  const own = error.contexts?.[name];
  if (isRuleText(own)) return problemMessage(own);
  const text = VALIDATOR_TEXT[name] ?? UNEXPLAINED;
  const values = Object.fromEntries(constraintsOf(error, name).map((c, i) => [String(i), String(c)]));
  return problemMessage(text, values);
}
