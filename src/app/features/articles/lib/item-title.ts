// The feeds the pipeline writes name items the same way, so the function lives in the contract.
export { itemTitle } from '../../../../contract/item-title.ts';
