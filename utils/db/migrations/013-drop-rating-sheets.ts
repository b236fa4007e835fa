import { stores as previousStores } from './012-rating-rows';

/** Schema v13: the rating sheets, emptied into rows by v12, go. */
export const version = 13;

export const storageOnly = true;

export const stores = {
  ...previousStores,
  ratingSheets: null,
};
