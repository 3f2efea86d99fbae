import { Link } from 'react-router';
import { searchHref } from '../lib/search-params.ts';

const EXAMPLES = ['半导体', '盛蕾', 'shenglei', '新质生产力'];

/** The search page before a query: what search can do, with examples to try. */
export function SearchTips() {
  return (
    <div className="grid gap-3 text-muted">
      <p>输入人名、企业或任意词句，查找包含它的每一篇稿件：像在页面里查找一样，一个字也不会漏。</p>
      <ul className="list-disc pl-5">
        <li>几个词用空格隔开，找同时包含它们的稿件；用引号（"新质 生产力"）把几个词当作一个整体。</li>
        <li>繁体字也能找到简体字的稿件；人名和企业名可以用拼音，如 shenglei 或 sl。</li>
        <li>按 / 或 Ctrl+K 随时回到搜索框。</li>
      </ul>
      <p>
        试试：
        {EXAMPLES.map((example) => (
          <Link key={example} to={searchHref({ q: example })} className="mr-3 text-accent">
            {example}
          </Link>
        ))}
      </p>
    </div>
  );
}
