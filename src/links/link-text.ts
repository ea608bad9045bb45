// What link texts and image alternative texts say: nothing (点击这里, 更多, here), a file name (IMG_2031.jpg), or a
// placeholder (图片, image).

/** Link texts that do not say where the link leads, compared after `normalizeLinkText`. */
export const VAGUE_LINK_TEXTS: readonly string[] = [
  '点击这里', '点击此处', '点这里', '点此', '点此处', '点击', '请点击', '请点击这里', '请点击此处', '点我', '点击进入', '点击查看',
  '这里', '此处', '更多', '更多详情', '查看更多', '了解更多', '详情', '查看详情', '详细', '详细信息', '详细内容', '链接',
  '此链接', '这个链接', 'click here', 'click', 'here', 'more', 'read more', 'more info', 'learn more', 'details', 'link',
  'this link',
];

/** Arrows, brackets and punctuation that decorate a link text (更多>>, 【详情】, [点击这里]) and masked objects. */
const DECORATION = /[\s\uFFFC\u3000>»›→＞+＋…．.。!！:：\[\]【】()（）<«‹←《》〈〉\-—_|·•]/gu;

export function normalizeLinkText(text: string): string {
  return text.replace(DECORATION, ' ').trim().replace(/\s+/gu, ' ').toLowerCase();
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|bmp|webp|svg|tiff?|heic|ico)$/i;
/** Names cameras, phones and chat apps give pictures: IMG_2031, DSC00012, 微信图片_20240301, mmexport1690000000000. */
const GENERATED_IMAGE_NAME = /^(?:img|dsc[nf]?|dcim|pic|p|image|photo|screenshot|截图|屏幕截图|微信图片|mmexport|wx_camera|qq图片)[_\-\s]?\d[\d_\-\s]*$/iu;
/** Alternative texts that say only that there is a picture. */
const PLACEHOLDER_ALT = /^(?:图片|图像|照片|相片|图|插图|配图|附图|图示|缩略图|示意图|无标题|未命名|图片描述|此处插入图片|图标|标志|image|img|picture|pic|photo|figure|untitled|alt|thumbnail|logo|icon|banner)\s*\d*$/iu;

export type AltProblem = 'missing' | 'fileName' | 'placeholder';

/** What is wrong with an image's alternative text, if anything. */
export function altTextProblem(alt: string): AltProblem | undefined {
  const text = alt.trim();
  if (!text) return 'missing';
  if (PLACEHOLDER_ALT.test(text)) return 'placeholder';
  if (IMAGE_FILE.test(text) || GENERATED_IMAGE_NAME.test(text)) return 'fileName';
  return undefined;
}
