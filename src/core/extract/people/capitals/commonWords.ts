import { wordSet } from '../wordSet';

/**
 * Surnames that are also everyday English words ("HUNT FOR SURVIVORS", "BROWN BEARS", "PRICE OF
 * RICE"): in a headline in capitals such a word is the word far more often than the person, even
 * when the file names a Jeremy Hunt. The word lists' org words that are also surnames ("Wood",
 * "Price") count too (see `isCommonWord`).
 */
export const COMMON_WORD_SURNAMES = wordSet(
  `Hunt Brown Black White Gray Grey Rice Bush Wood Woods Stone Rock Hill Banks Bell Cook Baker Mason
  Hunter Fisher Potter Porter Carpenter Farmer Shepherd Page Cash Rich Gold Silver Steel Iron Power
  Powers Watts Wells Waters Rivers Lake Ford Bridge Bridges Field Fields Marsh Moss Reed Read Rush
  Lamb Fox Wolf Bird Crane Swan Drake Hawk Finch Bull Bear Buck Fish Salmon Pike Bass Trout Herring
  Frost Snow Winter Winters Summer Summers Storm Rain Day Early Swift Sharp Short Strong Small
  Little Wise Noble Hardy Sweet Hope Joy Love Grace Faith Hart Hand Head Lock Key Nail Hook Hammer
  Horn Ball Chase Cross Mills Mill Glass Gamble Chance Fortune Luck Worth Penny Bill Mark Marks
  Bond Bonds Stock Money Post Star Sky Cloud Shade Light Bright Best Savage Wild Bold Proud Merry
  Gay Pain Beard Berry Cherry Lemon Pepper Salt Sugar Honey Sage Mint Bean Hay Straw Seed Root
  Branch Bloom Thorn Oak Ash Birch Pine Holly Heath Moor Dale Glen Cliff Sand Sands Clay Flint Coal
  Brook Brooks Pool Bay Shore Wall Walls Gates Lane Street Church Hall House Castle Tower Cannon
  Archer Rider Driver Wing Wings Hurt Fair Price Rose Park Green Young Long Jolly Sparks Spark
  Plant Guard Fry`,
);
