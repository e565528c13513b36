// What a block of a report section holds. Dependency-free: the file writers
// run in a worker thread that loads no GraphQL or database code.
export enum ReportBlockKind {
  paragraph = 'paragraph',
  table = 'table',
  chart = 'chart',
  officer_text = 'officer_text',
}
