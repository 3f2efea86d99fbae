/**
 * Every occurrence of many forms in a text, in one pass (Aho–Corasick over UTF-16 units): what
 * lets entity counting look for every enterprise name in every article without the work growing
 * as articles times entities. Hand-written because it is small and the npm packages for it are
 * unmaintained or answer with words rather than offsets.
 */
export class FormMatcher {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Form indices ending at each node, its own and those of its suffix nodes. */
  private readonly outputs: number[][] = [[]];

  constructor(readonly forms: readonly string[]) {
    forms.forEach((form, index) => {
      let node = 0;
      for (let i = 0; i < form.length; i++) {
        const unit = form.charCodeAt(i);
        let next = this.children[node]!.get(unit);
        if (next === undefined) {
          next = this.children.length;
          this.children.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.children[node]!.set(unit, next);
        }
        node = next;
      }
      if (form.length > 0) this.outputs[node]!.push(index);
    });
    // Breadth first, so a node's failure target is final before its children need it.
    const queue: number[] = [...this.children[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [unit, child] of this.children[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.children[f]!.has(unit)) f = this.fail[f]!;
        const target = this.children[f]!.get(unit);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.outputs[child]!.push(...this.outputs[this.fail[child]!]!);
        queue.push(child);
      }
    }
  }

  /** Calls `found(formIndex, start)` for every occurrence, overlapping ones included. */
  scan(text: string, found: (formIndex: number, start: number) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      while (node !== 0 && !this.children[node]!.has(unit)) node = this.fail[node]!;
      node = this.children[node]!.get(unit) ?? 0;
      for (const index of this.outputs[node]!) found(index, i + 1 - this.forms[index]!.length);
    }
  }
}
