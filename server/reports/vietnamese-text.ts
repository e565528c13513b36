// How an administrative document writes numbers, money and dates in
// Vietnamese: "1.234", "98,6%", "20.967.000.000 đồng", amounts in words
// ("Hai mươi tỷ, chín trăm sáu mươi bảy triệu đồng") and the place-and-date
// line of Decree 30/2020 ("Bắc Giang, ngày 05 tháng 02 năm 2025").

const NBSP = '\u00a0';
const integers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, signDisplay: 'negative' });

/** A count or a value with at most one decimal: "1.234", "33,3". */
export function viNumber(value: number): string {
  return oneDecimal.format(value);
}

/** A percentage given in percent (98.57 → "98,6%"). */
export function viPercent(value: number): string {
  return `${oneDecimal.format(value)}%`;
}

/** Exact đồng from digits: "20967000000" → "20.967.000.000". */
export function viAmount(digits: string | bigint): string {
  return integers.format(BigInt(digits));
}

/** "20.967.000.000 đồng". */
export function viVnd(digits: string | bigint): string {
  return `${viAmount(digits)}${NBSP}đồng`;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
/** Thousand groups from the right: a group past "tỷ" repeats the smaller names before it ("nghìn tỷ"). */
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

/**
 * One group of three digits. A group after a larger one is read in full
 * ("không trăm linh năm"); the leading group without its zeros ("năm").
 */
function readGroup(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length) words.push('linh');
  } else {
    words.push(tens === 1 ? 'mười' : `${DIGITS[tens]} mươi`);
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) words.push('mốt');
    else if (units === 4 && tens >= 2) words.push('tư');
    else if (units === 5 && tens >= 1) words.push('lăm');
    else words.push(DIGITS[units]);
  }
  return words.join(' ');
}

/** An amount of đồng in words, as written after the figure: "Hai mươi tỷ, chín trăm sáu mươi bảy triệu đồng". */
export function vndInWords(amount: string | bigint): string {
  let n = BigInt(amount);
  if (n < 0n) throw new RangeError(`a negative amount has no reading: ${amount}`);
  const groups: number[] = [];
  do {
    groups.push(Number(n % 1000n));
    n /= 1000n;
  } while (n > 0n);
  if (groups.length > GROUPS.length) throw new RangeError(`amount too large to read: ${amount}`);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    parts.push([readGroup(groups[i], parts.length > 0), GROUPS[i]].filter(Boolean).join(' '));
  }
  const text = parts.length ? parts.join(', ') : 'không';
  return `${text[0].toUpperCase()}${text.slice(1)} đồng`;
}

const BLANK = NBSP.repeat(6);

/**
 * The place and date line: day below 10 and months 1–2 take a leading zero
 * (Decree 30/2020, Annex I). Without a date, day and month are left blank for
 * the office to fill when the report is signed.
 */
export function placeDateLine(place: string, date: string | null, blankYear: number): string {
  if (!date) return `${place}, ngày${BLANK}tháng${BLANK}năm ${blankYear}`;
  const [year, month, day] = date.split('-').map(Number);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** First letter upper case: sentences built from lower-case phrases. */
export function capitalise(text: string): string {
  return text ? `${text[0].toUpperCase()}${text.slice(1)}` : text;
}
