import { describe, expect, it } from 'vitest';
import { isNameAfterRole, isNameInByline, isPersonName } from './names.ts';

describe('isPersonName: a name with nothing around it', () => {
  it('takes a known surname with one or two given characters', () => {
    for (const name of ['李华', '周晓岚', '欧阳']) expect(isPersonName(name), name).toBe(true);
  });

  it('takes compound surnames up to four characters and dotted transliterations', () => {
    for (const name of ['欧阳晓明', '司马长风', '上官云', '阿依古丽·买买提', '米拉·约翰逊']) expect(isPersonName(name), name).toBe(true);
  });

  it('rejects words that stand where names stand', () => {
    for (const word of ['试行', '扩大', '人民视觉', '影像中国', '手记', '草案', '节选']) expect(isPersonName(word), word).toBe(false);
  });

  it('rejects unknown surnames, four characters without a compound surname, and non-Han text', () => {
    for (const text of ['于洋', '扎西', '次仁卓玛', '王小明明', '李', 'Li Hua', '李 华']) expect(isPersonName(text), text).toBe(false);
  });
});

describe('isNameAfterRole: a name run together with its role word', () => {
  it('also takes surnames that running text uses as words, and minority names', () => {
    for (const name of ['于洋', '原晓辉', '和平安', '暨明远', '扎西', '次仁', '阿尔曼江']) expect(isNameAfterRole(name), name).toBe(true);
  });

  it('rejects column words and phrases of running text (`记者点评`, `记者获悉`)', () => {
    for (const text of ['点评', '留言板', '手记', '获悉', '进行了', '发现', '观察']) expect(isNameAfterRole(text), text).toBe(false);
  });
});

describe('isNameInByline: a name the print sets apart as one', () => {
  it('takes any two or three characters, since no surname list is complete', () => {
    for (const name of ['云立新', '计明', '靖伟', '国徽']) expect(isNameInByline(name), name).toBe(true);
  });

  it('still rejects words and running text', () => {
    for (const text of ['人民视觉', '进行了调查', '他说', '资料照片', '记者']) expect(isNameInByline(text), text).toBe(false);
  });
});
