import { stores as previousStores } from './006-rating-sheets';

/** Schema v7: the one-row-per-rating store, emptied into rating sheets by v6, goes. */
export const version = 7;

export const storageOnly = true;

export const stores = {
  ...previousStores,
  ratings: null,
};
