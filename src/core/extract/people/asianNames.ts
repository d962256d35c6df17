import { wordSet } from './wordSet';

const VIETNAMESE = 'Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Trinh Dinh Mai Luong Trieu';

/**
 * Chinese, Korean and Vietnamese family names as romanised in English news. Names of these
 * people are valued family name first ("Kim Jong-un", "Leung Ka-wai"), whichever order a source
 * writes: that is how English-language sources and reference works spell them (see cjkvNames.ts).
 */
export const CJKV_SURNAMES = wordSet(
  `Xi Wang Li Lee Zhang Chang Cheung Liu Lau Chen Chan Chin Yang Yeung Young Huang Wong Zhao Chiu Wu Ng
  Zhou Chow Chau Xu Hsu Tsui Sun Ma Mo Zhu Chu Hu Woo Guo Kwok Kuo He Ho Lin Lam Luo Law Lo Gao Ko
  Liang Leung Zheng Cheng Tay Xie Tse Song Sung Tang Tong Han Hon Feng Fung Deng Tang Cao Tsao Peng
  Pang Zeng Tsang Xiao Siu Tian Tien Dong Tung Pan Poon Yuan Yuen Cai Choi Tsai Jiang Chiang Kong Yu
  Yue Du To Ye Yip Cheng Wei Ngai Su So Lu Lui Ding Ting Ren Yam Shen Shum Yao Yiu Lui Jin Kam Fan
  Tam Tan Fang Fong Ou Au Or Shi Sze Hui Xue Sit Mak Mok Kwan Kwong Yung Wan Ip Yip Mui Koo Kuk Hau
  Kim Park Pak Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Shin Han Oh Seo Kwon Hwang Ahn Song Jeon
  Hong Ko Moon Son Yang Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Jin Eom Chae Won`,
  VIETNAMESE,
);

/**
 * Vietnamese family names. English-language news calls Vietnamese people by the last word of
 * the name, the given name ("Pham Minh Chinh" … "Mr Chinh"), and some sources move that word to
 * the front ("Chinh Pham Minh").
 */
export const VIETNAMESE_SURNAMES = wordSet(VIETNAMESE);

/**
 * The Vietnamese family names that are not also English or French words ("Le", "Do", "Mai"): only
 * these mark a name written "Chinh Pham Minh" (given name moved to the front), since "Marine Le
 * Pen" has the same shape.
 */
export const DISTINCT_VIETNAMESE_SURNAMES = wordSet('Nguyen Tran Pham Hoang Huynh Phan Dang Ngo Duong Trinh Dinh Luong Trieu');

/**
 * Common Japanese family names. English-language news writes Japanese names both ways
 * ("Takahashi Kenji", "Kenji Takahashi"); a pair that starts with one of these and ends in a
 * Japanese-sounding word that is not one is family-name first.
 */
export const JAPANESE_SURNAMES = wordSet(
  `Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
  Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita
  Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo
  Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura
  Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki
  Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda Murata Ueno
  Sugiyama Masuda Sugawara Hirano Otsuka Kojima Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi
  Matsuo Kikuchi Nomura Arai Kishida Suga Aso Koizumi Ishiba Motegi Kono Takaichi Hatoyama Noda Kan
  Yosano Amari Kamikawa Iwaya Muto Obuchi Nikai Okada Edano Ozawa Katayama Kiuchi Shiozaki Kishi
  Nishida Miyazawa Hamada Hirai Ichikawa Kawaguchi Kawasaki Kuroda Ueda Nakasone Tojo Yoshino`,
);

/**
 * True when `word` can be written entirely in Hepburn syllables (ka, shi, tsu, ryo, n…): a cheap
 * test that a word could be a Japanese name. Words are short, so the scan is bounded.
 */
export function isJapaneseSounding(word: string): boolean {
  if (word.length < 2 || word.length > 14) return false;
  // Every syllable ends in a vowel or "n": most other names ("Smith") need no lower-case copy and no regex.
  if (!JAPANESE_LAST_LETTERS.has(word.charCodeAt(word.length - 1) | 0x20)) return false;
  // Names recur across a bundle's files: a map lookup is cheaper than a lower-case copy and a regex.
  let sounding = JAPANESE_SOUNDING.get(word);
  if (sounding === undefined) {
    sounding = JAPANESE_SYLLABLES.test(word.toLowerCase());
    // A word of 13 or more characters may be V8's view into a whole page: not kept, so the page is not.
    if (word.length < 13) {
      if (JAPANESE_SOUNDING.size >= MAX_REMEMBERED) JAPANESE_SOUNDING.clear();
      JAPANESE_SOUNDING.set(word, sounding);
    }
  }
  return sounding;
}

/** What `isJapaneseSounding` found for each word asked about, up to MAX_REMEMBERED words. */
const JAPANESE_SOUNDING = new Map<string, boolean>();
const MAX_REMEMBERED = 4096;

/** a i u e o n as char codes (`| 0x20` folds only A–Z onto them). */
const JAPANESE_LAST_LETTERS = new Set([97, 105, 117, 101, 111, 110]);
const JAPANESE_SYLLABLES = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[jfwy])?[aiueo]n?)+$/;
