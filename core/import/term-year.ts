// Which calendar year a month of the plan falls in. Offices plan by the school year: a term plan runs 九月 …
// 十二月, 一月 (and 行事历 weeks run on past New Year), so a month heading or table row that goes back from
// autumn to January or February has moved into the next year. A year written out (2025年1月, 次年1月) decides
// outright. Going back to the autumn again (a second department's 九月…一月) starts over in the plan's year.

const AUTUMN = 9;
const TERM_END = 2;
const RESTART = 7;

export class TermYear {
  private last: number | null = null;
  private offset = 0;

  constructor(private readonly planYear: number) {}

  /** The year of a block starting in `month`, given the year the text states for it, if any. */
  yearOf(month: number, stated: number | null): number {
    if (stated !== null && stated >= this.planYear && stated <= this.planYear + 1) this.offset = stated - this.planYear;
    else if (this.last !== null && this.offset === 0 && this.last >= AUTUMN && month <= TERM_END) this.offset = 1;
    else if (this.offset > 0 && month >= RESTART && stated === null) this.offset = 0;
    this.last = month;
    return this.planYear + this.offset;
  }
}
