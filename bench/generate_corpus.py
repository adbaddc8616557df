"""Write N synthetic reports in the seed's own form, deterministically (fixed random seed).

Traditional script with pinyin after some characters, 经验交流单位 blocks, initiatives,
metrics with magnitudes and qualifiers, varying units, cities, numbers and sentences.

Run: python bench/generate_corpus.py OUT_DIR [--n 10000] [--seed 2023]
"""

from __future__ import annotations

import argparse
import random
import sys
from functools import cache, lru_cache
from pathlib import Path

CITIES = (
    "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 吉林 四平 通化 "
    "哈尔滨 齐齐哈尔 牡丹江 佳木斯 石家庄 唐山 保定 邯郸 济南 青岛 烟台 潍坊 太原 大同 呼和浩特 包头"
).split()
COUNTIES = "海城 盖州 瓦房店 庄河 新民 凤城 东港 北镇 大石桥 灯塔 开原 调兵山 兴城 北票 凌源 普兰店 新宾 桓仁".split()
TRIBUNALS = "东城 西城 南关 北关 城郊 河东 河西 新城 老城 滨海 山前 湖畔".split()
HEADLINES = [
    "聚焦主责主业 彰显担当作为",
    "紧扣四项重点 聚力四个维度",
    "全面提升司法服务保障水平",
    "小法庭展现大作为",
    "坚持能动司法 服务高质量发展",
    "深化诉源治理 促进社会和谐",
    "做实为民司法 提升审判质效",
    "锚定一流目标 争创工作佳绩",
]
TITLES = [
    "坚持“四高要求”，强管理提质效",
    "打造“四大品牌”，保大局增质效",
    "创新“四项机制”，严责任强质效",
    "推进“四个一体”，建铁军保质效",
    "把牢护航党的二十大主线，在保稳定上彰显服务保障力度",
    "把握全面振兴主题，在促发展上展现服务保障深度",
    "坚持人民至上，在惠民生上传递服务保障温度",
    "以法治化营商环境建设为主线，突出司法服务保障功能",
    "以加强审判监督管理为抓手，推动审判质效持续提升",
    "以升级人民法庭建设为推动，夯实法院高质量发展基础",
    "狠抓执法办案，全力提升审判质效",
    "参与基层治理，实现诉讼案件负增长",
    "延伸司法服务，保障辖区经济发展",
    "深化智慧法院建设，提升在线诉讼水平",
]
SENTENCES = [
    "严惩刑事犯罪，常态化开展扫黑除恶。",
    "推广“法云调解室”，实行“法官进乡村”，创建“无讼社区”。",
    "坚持和发展新时代“枫桥经验”，由速裁团队与人民调解员共同进行线上线下调解。",
    "优化“一站式”全流程在线诉讼服务。",
    "深入落实法治化营商环境建设“5+5+5+1”工作体系，建立涉企“绿色通道”。",
    "开展审判质效“面对面”评议，审判质效明显提升。",
    "强化知识产权全链条司法保护，营造良好创新创业创投环境。",
    "着力解决“告官不见官”难题。",
    "推进青年干部成长工程，磨砺青年干部硬脊梁、铁肩膀。",
    "落实家庭教育令、人身安全令等制度，强化特殊群体权益保障。",
    "执行工作质效位居全省第一。",
    "审判质效在全省基层法院位居前列。",
    "获评全国“为群众办实事示范法院”。",
    "与属地党委政府联动创建“无讼乡村”“无讼社区”。",
    "向党委政府发送白皮书，力争从源头解决小区物业纠纷。",
]
# label, measures, magnitude allowed
METRICS = [
    ("诉前化解纠纷", "件", True),
    ("线上开庭", "件", True),
    ("在线缴费", "笔", True),
    ("走访企业", "家", False),
    ("发布各类白皮书", "份", False),
    ("网上立案率", "%", False),
    ("法庭调解率", "%", False),
    ("调撤成功率达", "%", False),
    ("增资", "元", True),
    ("审结各类案件", "件", True),
    ("执行到位金额", "元", True),
    ("收案量同比降低了", "个百分点", False),
]
QUALIFIERS = ["", "", "", "近", "约", "超过"]


@lru_cache(maxsize=1)
def _tools():
    import opencc
    from pypinyin import Style, pinyin

    to_traditional = opencc.OpenCC("s2tw").convert

    @cache
    def reading(ch: str) -> str:
        return pinyin(ch, style=Style.TONE, errors="ignore")[0][0] if pinyin(ch, errors="ignore") else ""

    return to_traditional, reading


def _number(rng: random.Random, measure: str, magnitude: bool) -> str:
    if measure in ("%", "个百分点"):
        return f"{rng.uniform(1, 99):.2f}" if rng.random() < 0.6 else str(rng.randint(1, 99))
    if magnitude and rng.random() < 0.5:
        mag = "亿" if measure == "元" and rng.random() < 0.5 else "万"
        return f"{rng.uniform(1, 99):.2f}".rstrip("0").rstrip(".") + mag
    return str(rng.randint(2, 9999)) + ("余" if rng.random() < 0.15 else "")


def _metric(rng: random.Random) -> str:
    label, measure, magnitude = rng.choice(METRICS)
    qualifier = rng.choice(QUALIFIERS) if "余" not in label else ""
    return f"{label}{qualifier}{_number(rng, measure, magnitude)}{measure}"


def _unit(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return f"{rng.choice(CITIES)}市中级人民法院"
    if kind < 0.8:
        return f"{rng.choice(COUNTIES)}市人民法院"
    return f"{rng.choice(COUNTIES)}市人民法院{rng.choice(TRIBUNALS)}人民法庭"


def _annotate(text: str, rng: random.Random, rate: float) -> str:
    """Pinyin after about ``rate`` of the Han characters, as the seed has it: 現(xiàn)."""
    _, reading = _tools()
    out = []
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < rate:
            syllable = reading(ch)
            if syllable:
                out.append(f"({syllable})")
    return "".join(out)


def report(rng: random.Random) -> str:
    """One synthetic report, simplified first, then traditional with pinyin."""
    units = list(dict.fromkeys(_unit(rng) for _ in range(rng.randint(2, 5))))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    listed = "、".join(units[:-1]) + ("和" if len(units) > 1 else "") + units[-1]
    lines = [
        "会议现场。",
        f"{month}月{day}日，全省法院工作会议暨服务全面振兴新突破三年行动动员部署会召开。会上，{listed}作经验介绍。",
    ]
    for unit in units:
        city = unit[:2]
        lines += [
            f"经验交流单位：{unit}",
            rng.choice(HEADLINES),
            f"{city}法院聚焦中心工作，主动服务经济社会高质量发展。",
        ]
        for title in rng.sample(TITLES, rng.randint(2, 5)):
            body = []
            for _ in range(rng.randint(2, 6)):
                body.append(rng.choice(SENTENCES) if rng.random() < 0.6 else f"{_metric(rng)}，{rng.choice(SENTENCES)}")
            if rng.random() < 0.3:
                body.append(f"{rng.randint(2015, 2025)}年，{_metric(rng)}。")
            lines.append(f"{title}。{''.join(body)}")
    to_traditional, _ = _tools()
    return _annotate(to_traditional("\n".join(lines)), rng, rate=0.15)


def generate(out: Path, n: int, seed: int = 2023) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = out / f"report_{i:05d}.txt"
        path.write_text(report(rng), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=2023)
    args = p.parse_args(argv)
    paths = generate(args.out, args.n, args.seed)
    print(f"wrote {len(paths)} reports to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
