import { describe, expect, it } from 'vitest';
import { findOrganizations, findProjects } from './organizations.ts';
import { foldText } from './text.ts';

const found = (find: (t: string) => { start: number; end: number }[]) => (printed: string) => {
  const { folded } = foldText(printed);
  return find(folded).map((f) => folded.slice(f.start, f.end));
};
const organizations = found(findOrganizations);
const projects = found(findProjects);

describe('government bodies', () => {
  it('finds organs by their suffix, scanned back to a clause start', () => {
    expect(organizations('会议传达了学习了中央第一生态环境保护督察组督察江苏省动员会精神')).toEqual(['中央第一生态环境保护督察组']);
    expect(organizations('贯彻落实省第3安全生产巡查组反馈意见')).toEqual(['省第3安全生产巡查组']);
    expect(organizations('区长主持召开常州市政府第34次常务会议')).toEqual(['常州市政府']);
    expect(organizations('江苏省外事办公室主办')).toEqual(['江苏省外事办公室']);
    expect(organizations('区委常委会(扩大)会议召开')).toEqual(['区委常委会']);
    expect(organizations('坚决贯彻落实党中央和国务院决策部署')).toEqual(['党中央', '国务院']);
  });

  it('skips an organ that only qualifies a role', () => {
    expect(organizations('市政府秘书长周承涛参加调研')).toEqual([]);
  });

  it('skips generic uses', () => {
    expect(organizations('要求各级各部门严格落实,相关部门要按照各自职责,高水平推进政府投资工程')).toEqual([]);
  });

  it('skips counted groups and bodies counted together, and splits two bodies run together', () => {
    expect(organizations('市司法局党委向律师事务所派出9个指导组')).toEqual([]);
    expect(organizations('会同有关部门和京沪两市政府')).toEqual([]);
    expect(organizations('在海西州委州政府、乌兰县委县政府的支持下')).toEqual(['海西州委', '乌兰县委']);
  });

  it('skips a function and an ellipsis: 部门 names what a body does, 区政府 which one only the paper knows', () => {
    expect(organizations('区长主持召开区政府第34次常务会议。住建部门要牵头抓总,交管部门配合')).toEqual([]);
    expect(organizations('老师们大都没有办公室')).toEqual([]);
  });
});

describe('institutions and organs named by place and function', () => {
  it('opens a government name at its place or the state, never at the verb before it', () => {
    expect(organizations('记者从国家粮食和物资储备局获悉')).toEqual(['国家粮食和物资储备局']);
    expect(organizations('据宁波市委宣传部统计,全市')).toEqual(['宁波市委', '宁波市委宣传部']);
    expect(organizations('民警在追捕公安部督办的逃犯')).toEqual(['公安部']);
    expect(organizations('此次活动由商务部主办')).toEqual(['商务部']);
    expect(organizations('南宁市公安局青秀区分局民警')).toEqual(['南宁市公安局', '南宁市公安局青秀区分局']);
    expect(organizations('由国家标准管理部门和海关总署制定,报同级人民代表大会常务委员会备案')).toEqual(['海关总署']);
    expect(organizations('需提供商务部外贸服务中心出具的证明')).toEqual(['商务部', '商务部外贸服务中心']);
    expect(organizations('话剧团和桂林市歌舞团演出')).toEqual(['桂林市歌舞团']);
  });

  it('takes an institution with a name of its own, and a country before a government', () => {
    expect(organizations('来自绍兴市越州实验小学的孩子们')).toEqual(['绍兴市越州实验小学']);
    expect(organizations('智利政府近日宣布')).toEqual(['智利政府']);
    expect(organizations('英国共产党总书记说')).toEqual(['英国共产党']);
    expect(organizations('领衔研究的美国西岭大学和北湖大学研究人员')).toEqual(['美国西岭大学', '北湖大学']);
  });

  it('leaves common nouns, members, classes and titles alone', () => {
    expect(organizations('他每天去医院,读大学时学会了游泳')).toEqual([]);
    expect(organizations('发挥共产党员作用,引导民主党派参与')).toEqual([]);
    expect(organizations('宁远县乡镇派出所民警、当地调解委员会、个别学校')).toEqual([]);
    expect(organizations('影响香港国际金融中心地位,在会展中心举行')).toEqual([]);
    expect(organizations('发表在《国家天文台年报》上')).toEqual([]);
    expect(organizations('加强格局,完善布局,部门协同,局面向好')).toEqual([]);
  });
});

describe('projects', () => {
  it('takes a project named after a classifier', () => {
    expect(projects('市重大项目今创新能源项目位于武进国家高新区')).toEqual(['今创新能源项目']);
  });

  it('does not take a description for a name', () => {
    expect(projects('计划打造新能源智慧矿山机械项目、新能源储能项目。重点项目进行时')).toEqual([]);
  });
});
