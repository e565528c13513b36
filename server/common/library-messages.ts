// Vietnamese for the messages a user can meet that the libraries word, not we:
// graphql-js refusing a variable or a literal (with our scalars' reasons
// inside), graphql-armor's request limits. Each form is translated with the
// parts it quotes; a message of no known form stays as the library wrote it
// (query syntax and schema validation errors, which analysts read in the
// explorer alongside the schema's English).

type Wording = [RegExp, (m: RegExpExecArray) => string];

const WORDINGS: Wording[] = [
  // graphql-js: variables and literals.
  [
    /^Variable "(\$\w+)" got invalid value (.*?)(?: at "([^"]+)")?; ([\s\S]*)$/,
    (m) => `Biến "${m[1]}" nhận giá trị không hợp lệ ${m[2]}${m[3] ? ` ở "${m[3]}"` : ''}; ${vietnameseLibraryMessage(m[4]) ?? m[4]}`,
  ],
  [/^Variable "(\$\w+)" of required type "([^"]+)" was not provided\.$/, (m) => `Thiếu biến bắt buộc "${m[1]}" (kiểu "${m[2]}").`],
  [/^Field "(\w+)" of required type "([^"]+)" was not provided\.$/, (m) => `Thiếu trường bắt buộc "${m[1]}" (kiểu "${m[2]}").`],
  [/^Expected type "(\w+)"\.$/, (m) => `Cần giá trị kiểu "${m[1]}".`],
  [/^Expected type "(\w+)"\. ([\s\S]*)$/, (m) => `Cần giá trị kiểu "${m[1]}". ${vietnameseLibraryMessage(m[2]) ?? m[2]}`],
  [/^Expected value of type "([^"]+)", found ([\s\S]*?)\.$/, (m) => `Cần giá trị kiểu "${m[1]}", nhận được ${m[2]}.`],
  [
    /^Expected value of type "([^"]+)", found ([\s\S]*?); ([\s\S]*)$/,
    (m) => `Cần giá trị kiểu "${m[1]}", nhận được ${m[2]}; ${vietnameseLibraryMessage(m[3]) ?? m[3]}`,
  ],
  [/^Value "([^"]*)" does not exist in "(\w+)" enum\.(.*)$/, (m) => `Giá trị "${m[1]}" không có trong danh sách "${m[2]}".`],
  [/^Int cannot represent non-integer value: ([\s\S]*)$/, (m) => `Không phải số nguyên: ${m[1]}`],
  [/^Int cannot represent non 32-bit signed integer value: ([\s\S]*)$/, (m) => `Số nguyên quá lớn: ${m[1]}`],
  [/^Float cannot represent non numeric value: ([\s\S]*)$/, (m) => `Không phải số: ${m[1]}`],
  [/^String cannot represent a non string value: ([\s\S]*)$/, (m) => `Không phải chuỗi văn bản: ${m[1]}`],
  [/^Boolean cannot represent a non boolean value: ([\s\S]*)$/, (m) => `Không phải giá trị đúng/sai: ${m[1]}`],
  // Scalars: graphql-scalars' LocalDate, our Vnd (server/common/scalars.ts).
  [/^Value is not a valid LocalDate: ([\s\S]*)$/, (m) => `Không phải ngày hợp lệ dạng yyyy-mm-dd: ${m[1]}`],
  [
    /^Vnd must be a whole number of đồng as digits, e\.g\. "(\d+)"; got ([\s\S]*)$/,
    (m) => `Số tiền phải là số đồng nguyên viết bằng chữ số, ví dụ "${m[1]}"; nhận được ${m[2]}`,
  ],
  [/^Vnd must be a string of digits or an integer literal$/, () => 'Số tiền phải là chuỗi chữ số hoặc số nguyên'],
  // graphql-armor's other request limits (depth, aliases, tokens: format-error.ts).
  [
    /^Syntax Error: Query Cost limit of (\d+) exceeded, found (\d+)\.$/,
    (m) => `Truy vấn quá nặng: chi phí tối đa ${m[1]}, truy vấn này là ${m[2]}; hãy giảm số dòng mỗi trang hoặc số trường lồng nhau.`,
  ],
  [
    /^Syntax Error: Directives limit of (\d+) exceeded, found (\d+)\.$/,
    (m) => `Truy vấn dùng quá nhiều chỉ thị (directive): tối đa ${m[1]}, truy vấn này có ${m[2]}.`,
  ],
];

/** The Vietnamese of a library's message, or undefined when it is of no known form. */
export function vietnameseLibraryMessage(message: string): string | undefined {
  for (const [form, vi] of WORDINGS) {
    const m = form.exec(message);
    if (m) return vi(m);
  }
  return undefined;
}
