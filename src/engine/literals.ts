/**
 * The one table of literals the scanner looks for: the rules' literals and the structural
 * ones the triage needs (test results, tier boundaries, level markers). Ids are positions.
 */
export class LiteralTable {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];

  intern(literal: string): number {
    let id = this.ids.get(literal);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(literal);
      this.ids.set(literal, id);
    }
    return id;
  }
}
