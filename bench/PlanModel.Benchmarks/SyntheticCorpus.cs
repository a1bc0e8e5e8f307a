using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PlanModel.Benchmarks;

/// <summary>
/// A deterministic synthetic corpus shaped like plans-yaml/: per document a document.yaml, a review table (专栏1),
/// a main-indicators table (专栏2, ~25 rows with 6左右*, ＜5.5, ≥88, 【500】, 1.84∶1 …), five project boxes
/// (专栏3–7, ~40 items each), an outline of ~150 nodes and ~80 prose targets, plus an archived source text whose
/// lines hold exactly the cited text, pinned by sha256, so the corpus validates with zero errors (provenance
/// included). A shared catalogue (indicators, units) is written too. Document i is the same in every corpus size.
/// </summary>
/// <remarks>Linked into tests/PlanModel.Tests as well: keep it free of BenchmarkDotNet.</remarks>
public static class SyntheticCorpus
{
    /// <summary>Sizes of a written corpus.</summary>
    public sealed record Stats(int Documents, int YamlFiles, long YamlBytes, int SourceFiles, long SourceBytes)
    {
        /// <summary>All bytes written.</summary>
        public long TotalBytes => YamlBytes + SourceBytes;
    }

    /// <summary>One file of the corpus: a path relative to the corpus root ('/' separated) and its text.</summary>
    public sealed record CorpusFile(string Path, string Text);

    /// <summary>Writes a corpus of <paramref name="documents"/> documents under <paramref name="dir"/>.</summary>
    public static Stats Write(string dir, int documents, int seed)
    {
        var yamlFiles = 0;
        var sourceFiles = 0;
        long yamlBytes = 0;
        long sourceBytes = 0;
        var utf8 = new UTF8Encoding(false);
        foreach (var f in Generate(documents, seed))
        {
            var full = Path.Combine(dir, f.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var bytes = utf8.GetBytes(f.Text);
            File.WriteAllBytes(full, bytes);
            if (f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                yamlFiles++;
                yamlBytes += bytes.Length;
            }
            else
            {
                sourceFiles++;
                sourceBytes += bytes.Length;
            }
        }

        return new Stats(documents, yamlFiles, yamlBytes, sourceFiles, sourceBytes);
    }

    /// <summary>The files of a corpus, generated lazily: the catalogue first, then each document's source and YAML files.</summary>
    public static IEnumerable<CorpusFile> Generate(int documents, int seed)
    {
        yield return new CorpusFile("catalogue/units.yaml", UnitsYaml());
        yield return new CorpusFile("catalogue/indicators.yaml", IndicatorsYaml());
        for (var i = 1; i <= documents; i++)
        {
            foreach (var f in new DocumentWriter(i, seed).Files())
            {
                yield return f;
            }
        }
    }

    /// <summary>The id of document <paramref name="index"/> (1-based).</summary>
    public static string DocumentId(int index) => "synth-" + index.ToString("D4", CultureInfo.InvariantCulture) + "-14fyp";

    /// <summary>The folder (relative to the corpus root) of document <paramref name="index"/>.</summary>
    public static string DocumentFolder(int index) => "synth-" + index.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Documents per group: the first of each group is a municipality, the others its districts (parent set).</summary>
    public const int GroupSize = 10;

    // ---------------------------------------------------------------- catalogue

    private enum Style
    {
        Growth,
        Share,
        Level,
        Ceiling,
        Ratio,
        Cumulative,
        Count,
    }

    private sealed record Ind(string Id, string Zh, string En, string UnitId, string UnitRaw, string Measure, string Direction, Style Style, double Base, bool Binding);

    private static readonly Ind[] Indicators =
    {
        new("grp-growth", "地区生产总值增长", "GRP Growth", "percent", "%", "growth-rate", "increase", Style.Growth, 6, false),
        new("grp-per-capita", "人均地区生产总值", "Per Capita GRP", "10k-yuan", "万元", "level", "increase", Style.Level, 8, false),
        new("labour-productivity", "全员劳动生产率", "Overall Labour Productivity", "10k-yuan-per-person", "万元/人", "level", "increase", Style.Level, 14, false),
        new("digital-economy-share", "数字经济增加值占地区生产总值比重", "Digital Economy Value Added as Share of GRP", "percent", "%", "share", "increase", Style.Share, 25, false),
        new("rd-intensity", "研发经费投入强度", "R&D Intensity", "percent", "%", "share", "increase", Style.Share, 2.1, false),
        new("invention-patents-per-10k", "万人发明专利拥有量", "Invention Patents per 10,000 Population", "piece", "件", "level", "increase", Style.Level, 11, false),
        new("tech-progress-contribution", "科技进步贡献率", "Contribution Rate of Scientific and Technological Progress", "percent", "%", "share", "increase", Style.Share, 58, false),
        new("urbanisation-rate", "常住人口城镇化率", "Urbanisation Rate of Permanent Residents", "percent", "%", "share", "increase", Style.Share, 68, false),
        new("grp-ratio", "“一区”与“两群”人均地区生产总值比值", "Ratio of Per Capita GRP of the “One Area” to the “Two Groups”", "ratio", "", "ratio", "decrease", Style.Ratio, 1.84, false),
        new("disposable-income-growth", "居民人均可支配收入增长", "Growth in Per Capita Disposable Income", "percent", "%", "growth-rate", "increase", Style.Growth, 6.5, false),
        new("surveyed-unemployment-rate", "城镇调查失业率", "Surveyed Urban Unemployment Rate", "percent", "%", "share", "decrease", Style.Ceiling, 5.5, false),
        new("new-urban-jobs", "城镇新增就业人数", "New Urban Jobs", "10k-person", "万人", "count", "increase", Style.Cumulative, 60, false),
        new("schooling-years", "劳动年龄人口平均受教育年限", "Average Years of Schooling of the Working-Age Population", "year", "年", "level", "increase", Style.Level, 10.8, false),
        new("physicians-per-1000", "每千人口执业（助理）医师数", "Licensed (Assistant) Physicians per 1,000 Population", "person", "人", "level", "increase", Style.Level, 2.6, false),
        new("pension-coverage", "基本养老保险参保率", "Basic Pension Insurance Coverage", "percent", "%", "share", "increase", Style.Share, 95, false),
        new("childcare-places", "每千人口拥有3岁以下婴幼儿托位数", "Childcare Places for Children Under 3 per 1,000 Population", "unit", "个", "level", "increase", Style.Level, 1.2, false),
        new("life-expectancy", "人均预期寿命", "Average Life Expectancy", "age-year", "岁", "level", "increase", Style.Level, 78, false),
        new("foreign-trade", "货物进出口总额", "Total Import and Export of Goods", "100m-yuan", "亿元", "level", "increase", Style.Level, 650, false),
        new("fdi", "实际利用外资", "Actual Use of Foreign Investment", "100m-usd", "亿美元", "level", "increase", Style.Cumulative, 100, false),
        new("fixed-investment-growth", "固定资产投资增长", "Growth in Fixed-Asset Investment", "percent", "%", "growth-rate", "increase", Style.Growth, 8, false),
        new("retail-sales-growth", "社会消费品零售总额增长", "Growth in Total Retail Sales of Consumer Goods", "percent", "%", "growth-rate", "increase", Style.Growth, 7, false),
        new("industrial-value-added-growth", "规模以上工业增加值增长", "Growth in Value Added of Industry Above Designated Size", "percent", "%", "growth-rate", "increase", Style.Growth, 7.5, false),
        new("tourism-revenue", "旅游综合收入", "Comprehensive Tourism Revenue", "100m-yuan", "亿元", "level", "increase", Style.Level, 300, false),
        new("broadband-users", "千兆宽带用户数", "Gigabit Broadband Users", "10k-household", "万户", "level", "increase", Style.Level, 40, false),
        new("energy-intensity-decline", "单位地区生产总值能源消耗降低", "Reduction in Energy Consumption per Unit of GRP", "percent", "%", "growth-rate", "decrease", Style.Cumulative, 13.5, true),
        new("carbon-intensity-decline", "单位地区生产总值二氧化碳排放降低", "Reduction in CO2 Emissions per Unit of GRP", "percent", "%", "growth-rate", "decrease", Style.Cumulative, 18, true),
        new("good-air-days", "空气质量优良天数比率", "Share of Days with Good Air Quality", "percent", "%", "share", "increase", Style.Share, 88, true),
        new("surface-water-quality", "地表水达到或好于Ⅲ类水体比例", "Share of Surface Water at or Better than Class III", "percent", "%", "share", "increase", Style.Share, 95, true),
        new("forest-coverage", "森林覆盖率", "Forest Coverage Rate", "percent", "%", "share", "increase", Style.Share, 55, true),
        new("grain-output", "粮食综合生产能力", "Comprehensive Grain Production Capacity", "10k-tonne", "万吨", "level", "increase", Style.Level, 1080, true),
        new("energy-capacity", "能源综合生产能力", "Comprehensive Energy Production Capacity", "10k-tce", "万吨标准煤", "level", "increase", Style.Level, 5000, true),
        new("sewage-treatment-rate", "城市生活污水集中收集率", "Centralised Collection Rate of Urban Domestic Sewage", "percent", "%", "share", "increase", Style.Share, 70, false),
        new("green-building-share", "城镇新建建筑中绿色建筑比例", "Share of Green Buildings in New Urban Construction", "percent", "%", "share", "increase", Style.Share, 60, false),
        new("rural-road-rate", "具备条件的行政村通客车比例", "Share of Eligible Administrative Villages with Bus Service", "percent", "%", "share", "increase", Style.Share, 99, false),
        new("elderly-care-beds", "养老机构护理型床位占比", "Share of Nursing Beds in Elderly-Care Institutions", "percent", "%", "share", "increase", Style.Share, 40, false),
        new("rail-transit-km", "城市轨道交通运营里程", "Urban Rail Transit Operating Length", "km", "公里", "level", "increase", Style.Count, 370, false),
    };

    private static readonly (string Id, string Symbol, string Zh, string En, string? Base, int Mult)[] Units =
    {
        ("percent", "%", "百分比", "percent", null, 0),
        ("yuan", "元", "元", "yuan", null, 0),
        ("10k-yuan", "万元", "万元", "10,000 yuan", "yuan", 4),
        ("100m-yuan", "亿元", "亿元", "100 million yuan", "yuan", 8),
        ("usd", "美元", "美元", "US dollars", null, 0),
        ("100m-usd", "亿美元", "亿美元", "100 million US dollars", "usd", 8),
        ("yuan-per-person", "元/人", "元/人", "yuan per person", null, 0),
        ("10k-yuan-per-person", "万元/人", "万元/人", "10,000 yuan per person", "yuan-per-person", 4),
        ("person", "人", "人", "persons", null, 0),
        ("10k-person", "万人", "万人", "10,000 persons", "person", 4),
        ("piece", "件", "件", "items", null, 0),
        ("unit", "个", "个", "units", null, 0),
        ("household", "户", "户", "households", null, 0),
        ("10k-household", "万户", "万户", "10,000 households", "household", 4),
        ("year", "年", "年", "years", null, 0),
        ("age-year", "岁", "岁", "years of age", null, 0),
        ("ratio", "∶", "比值", "ratio", null, 0),
        ("tonne", "吨", "吨", "tonnes", null, 0),
        ("10k-tonne", "万吨", "万吨", "10,000 tonnes", "tonne", 4),
        ("tce", "吨标准煤", "吨标准煤", "tonnes of coal equivalent", null, 0),
        ("10k-tce", "万吨标准煤", "万吨标准煤", "10,000 tonnes of coal equivalent", "tce", 4),
        ("km", "公里", "公里", "kilometres", null, 0),
        ("seat", "座", "座", "facilities", null, 0),
    };

    private static string UnitsYaml()
    {
        var w = new StringBuilder();
        w.Append("# yaml-language-server: $schema=../schema/planmodel.schema.json\n# Synthetic unit catalogue (PlanModel.Benchmarks).\nkind: units\nunits:\n");
        foreach (var u in Units)
        {
            w.Append("  - {id: ").Append(u.Id).Append(", symbol: ").Append(Q(u.Symbol)).Append(", name: {zh: ").Append(Q(u.Zh)).Append(", en: ").Append(Q(u.En)).Append('}');
            if (u.Base is not null)
            {
                w.Append(", base: ").Append(u.Base).Append(", multiplier: ").Append(I(u.Mult));
            }

            w.Append("}\n");
        }

        return w.ToString();
    }

    private static string IndicatorsYaml()
    {
        var w = new StringBuilder();
        w.Append("# yaml-language-server: $schema=../schema/planmodel.schema.json\n# Synthetic indicator catalogue (PlanModel.Benchmarks).\nkind: indicators\nindicators:\n");
        foreach (var i in Indicators)
        {
            w.Append("  - {id: ").Append(i.Id).Append(", name: {zh: ").Append(Q(i.Zh)).Append(", en: ").Append(Q(i.En)).Append("}, unit: ").Append(i.UnitId)
             .Append(", measure: ").Append(i.Measure).Append(", direction: ").Append(i.Direction).Append("}\n");
        }

        return w.ToString();
    }

    // ---------------------------------------------------------------- text pools

    private static readonly (string Zh, string En)[] Syllables =
    {
        ("渝", "Yu"), ("北", "Bei"), ("南", "Nan"), ("江", "Jiang"), ("山", "Shan"), ("河", "He"), ("城", "Cheng"), ("安", "An"),
        ("平", "Ping"), ("华", "Hua"), ("龙", "Long"), ("泉", "Quan"), ("石", "Shi"), ("桥", "Qiao"), ("湖", "Hu"), ("云", "Yun"),
        ("阳", "Yang"), ("丰", "Feng"), ("都", "Du"), ("忠", "Zhong"), ("开", "Kai"), ("万", "Wan"), ("永", "Yong"), ("川", "Chuan"),
        ("黔", "Qian"), ("涪", "Fu"), ("荣", "Rong"), ("璧", "Bi"), ("铜", "Tong"), ("梁", "Liang"), ("合", "He"), ("潼", "Tong"),
        ("巫", "Wu"), ("溪", "Xi"), ("秀", "Xiu"), ("彭", "Peng"), ("武", "Wu"), ("隆", "Long"), ("垫", "Dian"), ("奉", "Feng"),
        ("节", "Jie"), ("綦", "Qi"), ("津", "Jin"), ("长", "Chang"), ("寿", "Shou"), ("沙", "Sha"), ("坪", "Ping"), ("坝", "Ba"),
    };

    private static readonly string[] Sentences =
    {
        "坚持以人民为中心的发展思想，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念",
        "加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局",
        "统筹发展和安全，推进治理体系和治理能力现代化，确保全面建设社会主义现代化开好局、起好步",
        "深化供给侧结构性改革，推动质量变革、效率变革、动力变革，提高全要素生产率",
        "坚持创新在现代化建设全局中的核心地位，把科技自立自强作为发展的战略支撑",
        "推动制造业高质量发展，培育壮大战略性新兴产业，加快发展现代服务业",
        "实施乡村振兴战略，巩固拓展脱贫攻坚成果，推进农业农村现代化",
        "坚持生态优先、绿色发展，筑牢长江上游重要生态屏障，推动经济社会发展全面绿色转型",
        "扩大高水平对外开放，建设内陆开放高地，深度融入共建“一带一路”",
        "健全基本公共服务体系，提升公共服务均等化水平，增进民生福祉",
        "推进以人为核心的新型城镇化，优化城市空间布局，提升城市品质",
        "完善综合交通运输体系，加快建设互联互通的基础设施网络",
        "深化重点领域和关键环节改革，激发各类市场主体活力，营造一流营商环境",
        "繁荣发展文化事业和文化产业，提高社会文明程度，增强文化软实力",
        "防范化解重大风险，加强公共安全保障，建设更高水平的平安区县",
        "加强数字基础设施建设，推动数字经济和实体经济深度融合",
        "健全多层次社会保障体系，完善就业优先政策，促进居民收入稳步增长",
        "加快建设现代化教育体系，推进基本公共教育优质均衡发展",
        "全面推进健康城市建设，完善公共卫生服务体系，提高医疗服务能力",
        "坚持节约优先，推进资源总量管理、科学配置、全面节约、循环利用",
        "深入打好污染防治攻坚战，持续改善环境质量，守护好绿水青山",
        "推动区域协调发展，深化对口协同，促进城乡融合发展",
        "加强法治建设，推进依法行政，提升社会治理效能",
        "优化产业空间布局，建设特色产业园区，提升园区承载能力",
        "加快培育消费新业态新模式，打造区域消费中心",
        "强化人才引育，完善人才激励机制，建设人才发展高地",
    };

    private static readonly (string Zh, string En)[] Verbs =
    {
        ("加快建设", "Accelerating the Building of"), ("全面推进", "Comprehensively Advancing"), ("深入实施", "Thoroughly Implementing"),
        ("着力构建", "Building"), ("持续提升", "Continuously Improving"), ("大力发展", "Vigorously Developing"), ("坚持", "Upholding"),
        ("推动", "Promoting"), ("健全", "Improving"), ("优化", "Optimising"), ("深化", "Deepening"), ("筑牢", "Strengthening"),
    };

    private static readonly (string Zh, string En)[] Objects =
    {
        ("现代产业体系", "a Modern Industrial System"), ("科技创新中心", "a Science and Technology Innovation Centre"), ("城乡融合发展", "Urban-Rural Integration"),
        ("生态文明建设", "Ecological Civilisation"), ("内陆开放高地", "an Inland Opening-Up Highland"), ("高品质生活", "a High-Quality Life"),
        ("数字经济", "the Digital Economy"), ("综合交通枢纽", "a Comprehensive Transport Hub"), ("公共服务体系", "the Public Service System"),
        ("社会治理体系", "the Social Governance System"), ("乡村振兴", "Rural Revitalisation"), ("营商环境", "the Business Environment"),
        ("文化强区", "a Strong Cultural District"), ("平安建设", "Public Security"), ("人才队伍", "the Talent Pool"), ("消费中心", "a Consumption Centre"),
        ("绿色低碳发展", "Green and Low-Carbon Development"), ("新型城镇化", "New-Type Urbanisation"), ("制造业高质量发展", "High-Quality Manufacturing"),
        ("现代服务业", "Modern Services"), ("基础设施网络", "the Infrastructure Network"), ("民生保障", "Livelihood Security"),
    };

    private static readonly (string Zh, string En, string Status, string Code)[] ProjectKinds =
    {
        ("高速公路", "Expressway", "加快…建设", "under-construction"), ("轨道交通线", "Rail Transit Line", "新开工", "new"),
        ("产业园", "Industrial Park", "加快…建设", "under-construction"), ("人民医院新院区", "People's Hospital New Campus", "建成", "completed"),
        ("水库", "Reservoir", "加快…前期工作", "preparatory"), ("物流园", "Logistics Park", "新开工", "new"),
        ("体育中心", "Sports Centre", "研究论证", "research"), ("大桥", "Bridge", "加快…建设", "under-construction"),
        ("数据中心", "Data Centre", "新开工", "new"), ("职业教育中心", "Vocational Education Centre", "改扩建", "upgrade"),
        ("生态公园", "Ecological Park", "建成", "completed"), ("货运铁路", "Freight Railway", "研究论证", "research"),
    };

    private static readonly (string Zh, string En)[] BoxTitles =
    {
        ("重大交通建设项目", "Major Transport Construction Projects"), ("现代产业重点项目", "Key Modern Industry Projects"),
        ("新型基础设施重点工程", "Key New-Type Infrastructure Projects"), ("生态环境保护重点工程", "Key Ecological and Environmental Protection Projects"),
        ("民生保障重点项目", "Key Livelihood Projects"), ("城市更新重点项目", "Key Urban Renewal Projects"),
        ("乡村振兴重点工程", "Key Rural Revitalisation Projects"), ("科技创新平台项目", "Science and Technology Innovation Platform Projects"),
    };

    private static readonly (string Zh, string En)[] Headings =
    {
        ("铁路", "Railways"), ("公路", "Roads"), ("水运", "Waterways"), ("航空", "Aviation"), ("产业平台", "Industrial Platforms"),
        ("公共服务", "Public Services"), ("水利", "Water Conservancy"), ("能源", "Energy"), ("新基建", "New Infrastructure"), ("城市更新", "Urban Renewal"),
    };

    private static readonly string[] Notes =
    {
        "The extraction splits the printed cell over two lines; the value is the joined text.",
        "Printed with a fullwidth comparison sign; kept as printed.",
        "The source prints the name with a trailing space; the quote keeps the printed form.",
        "Listed in a run-on list ending with 等; 等 is kept out of the names.",
        "The English name follows the glossary; the Chinese is exactly as printed.",
    };

    // ---------------------------------------------------------------- one document

    private sealed class DocumentWriter
    {
        private readonly int _index;
        private readonly Random _rng;
        private readonly string _id;
        private readonly string _folder;
        private readonly bool _head;
        private readonly List<string> _lines = new();
        private readonly (string Zh, string En) _place;

        public DocumentWriter(int index, int seed)
        {
            _index = index;
            _rng = new Random(unchecked((seed * 1_000_003) ^ (index * 7919)));
            _id = DocumentId(index);
            _folder = DocumentFolder(index);
            _head = (index - 1) % GroupSize == 0;
            _place = Place();
        }

        private string SourceName => _folder + ".txt";

        private string Cite => "../sources/" + SourceName;

        public IEnumerable<CorpusFile> Files()
        {
            var regionZh = _place.Zh + (_head ? "市" : "区");
            var regionEn = _place.En + (_head ? " Municipality" : " District");
            var titleZh = regionZh + "国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要";
            var titleEn = "Outline of the 14th Five-Year Plan for Economic and Social Development of " + regionEn + " and Long-Range Objectives Through the Year 2035";
            Add(titleZh);
            Blank();
            Paragraph(3);

            // Main-table rows first: the review table reuses their 2020 figures.
            var main = MainRows();
            var review = ReviewRows(main);

            var outline = new StringBuilder();
            var targets = new StringBuilder();
            var boxes = new List<(int Box, string Yaml)>();
            string? reviewYaml = null;
            string? mainYaml = null;
            var nodes = 0;
            var targetCount = 0;
            var parts = 10;
            var chapter = 0;
            for (var p = 1; p <= parts; p++)
            {
                var pid = "p" + I(p);
                Heading(outline, pid, "part", "第" + Numeral(p) + "篇");
                nodes++;
                var chapters = p <= 5 ? 5 : 4;
                for (var c = 1; c <= chapters; c++)
                {
                    chapter++;
                    var cid = pid + "-c" + I(chapter);
                    Heading(outline, cid, "chapter", "第" + Numeral(chapter) + "章");
                    nodes++;
                    Paragraph(1);
                    var sections = (p + c) % 3 == 0 ? 3 : 2;
                    for (var s = 1; s <= sections; s++)
                    {
                        var sid = cid + "-s" + I(s);
                        Heading(outline, sid, "section", "第" + Numeral(s) + "节");
                        nodes++;
                        Paragraph(1);
                        if (p == 1 && chapter == 1 && s == 1)
                        {
                            reviewYaml = ReviewTable(review, sid);
                        }
                        else if (p == 1 && chapter == 2 && s == 2)
                        {
                            mainYaml = MainTable(main, sid);
                        }
                        else if (p >= 2 && p <= 6 && c == 2 && s == 1)
                        {
                            var box = p + 1;
                            boxes.Add((box, ProjectBox(box, sid)));
                        }

                        var wanted = 1 + (_rng.Next(3) == 0 ? 1 : 0);
                        for (var k = 0; k < wanted && targetCount < 80; k++)
                        {
                            targetCount++;
                            Target(targets, targetCount, sid);
                        }
                    }
                }
            }

            var source = string.Join("\n", _lines) + "\n";
            var sourceBytes = new UTF8Encoding(false).GetBytes(source);
            string sha;
            using (var h = SHA256.Create())
            {
                sha = Hex(h.ComputeHash(sourceBytes));
            }

            yield return new CorpusFile("sources/" + SourceName, source);

            var doc = new StringBuilder();
            doc.Append("# yaml-language-server: $schema=../schema/planmodel.schema.json\n");
            doc.Append("# Synthetic document ").Append(I(_index)).Append(" (PlanModel.Benchmarks, deterministic). ").Append(I(nodes)).Append(" outline nodes, ").Append(I(targetCount)).Append(" targets.\n");
            doc.Append("kind: document\nid: ").Append(_id).Append("\ntype: five-year-plan\nsymbol: Synth").Append(_index.ToString("D4", CultureInfo.InvariantCulture)).Append("Plan\n");
            doc.Append("title:\n  zh: ").Append(Q(titleZh)).Append("\n  en: ").Append(Q(titleEn)).Append("\n  line: 1\n");
            doc.Append("region: {code: \"").Append((500000 + _index).ToString("D6", CultureInfo.InvariantCulture)).Append("\", level: ").Append(_head ? "municipality" : "district")
               .Append(", name: {zh: ").Append(Q(regionZh)).Append(", en: ").Append(Q(regionEn)).Append("}}\n");
            doc.Append("parent: ").Append(_head ? "null" : DocumentId(((_index - 1) / GroupSize * GroupSize) + 1)).Append('\n');
            doc.Append("period: {start: 2021, end: 2025}\nvisionYear: 2035\n");
            doc.Append("source:\n  file: ").Append(Cite).Append("\n  sha256: ").Append(sha).Append("\n  line: 1\n  endLine: ").Append(I(_lines.Count))
               .Append("\n  quote: ").Append(Q(_place.Zh)).Append("\n");
            doc.Append("boxes: []\n");
            yield return new CorpusFile(_folder + "/document.yaml", doc.ToString());
            yield return new CorpusFile(_folder + "/table-01-review.yaml", reviewYaml!);
            yield return new CorpusFile(_folder + "/table-02-main.yaml", mainYaml!);
            foreach (var (box, yaml) in boxes)
            {
                yield return new CorpusFile(_folder + "/box-" + box.ToString("D2", CultureInfo.InvariantCulture) + ".yaml", yaml);
            }

            yield return new CorpusFile(_folder + "/outline.yaml", "# yaml-language-server: $schema=../schema/planmodel.schema.json\nkind: outline\ndocument: " + _id + "\nnodes:\n" + outline);
            yield return new CorpusFile(_folder + "/targets.yaml", "# yaml-language-server: $schema=../schema/planmodel.schema.json\nkind: targets\ndocument: " + _id + "\ntargets:\n" + targets);
        }

        // ------------------------------------------------------------ source lines

        /// <summary>The header cells no value cites, listed as the format asks (PLAN409).</summary>
        private static string Uncited(int a, int b, int c) =>
            "uncited:\n  - {lines: [" + I(a) + ", " + I(b) + ", " + I(c) + "], reason: \"Header cells 序号, 指标名称, 指标属性.\"}\n";

        private int Add(string line)
        {
            _lines.Add(line);
            return _lines.Count;
        }

        private void Blank() => _lines.Add(string.Empty);

        private void Paragraph(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var n = 3 + _rng.Next(4);
                var sb = new StringBuilder();
                for (var k = 0; k < n; k++)
                {
                    sb.Append(Sentences[_rng.Next(Sentences.Length)]).Append(k + 1 < n ? "，" : "。");
                }

                Add(sb.ToString());
                Blank();
            }
        }

        private (string Zh, string En) Place()
        {
            var a = Syllables[_rng.Next(Syllables.Length)];
            var b = Syllables[_rng.Next(Syllables.Length)];
            return (a.Zh + b.Zh, a.En + b.En.ToLowerInvariant());
        }

        private (string Zh, string En) Phrase()
        {
            var v = Verbs[_rng.Next(Verbs.Length)];
            var o = Objects[_rng.Next(Objects.Length)];
            var o2 = Objects[_rng.Next(Objects.Length)];
            return _rng.Next(3) == 0
                ? (v.Zh + o.Zh + "  推动" + o2.Zh, v.En + " " + o.En + " and Promoting " + Cap(o2.En))
                : (v.Zh + o.Zh, v.En + " " + o.En);
        }

        private void Heading(StringBuilder yaml, string id, string level, string number)
        {
            var (zh, en) = Phrase();
            var line = Add(number + "  " + zh);
            Blank();
            yaml.Append("  - {id: ").Append(id).Append(", level: ").Append(level).Append(", number: ").Append(number)
                .Append(", title: {zh: ").Append(Q(zh)).Append(", en: ").Append(Q(en)).Append("}, line: ").Append(I(line)).Append("}\n");
        }

        // ------------------------------------------------------------ tables

        private sealed record Row(Ind Ind, string V2020, string V2025, string? SubOf, string Category, string? Note);

        private List<Row> MainRows()
        {
            // Binding indicators are in every document with the same figures (so a district is never looser than
            // its municipality); the expected ones are a random subset with random figures.
            var rows = new List<Row>();
            var expected = new List<Ind>();
            var binding = new List<Ind>();
            foreach (var i in Indicators)
            {
                (i.Binding ? binding : expected).Add(i);
            }

            Shuffle(expected);
            var chosen = expected.GetRange(0, 25 - binding.Count - 1);
            string[] categories = { "quality", "living", "opening" };
            for (var k = 0; k < chosen.Count; k++)
            {
                var (a, b) = Figures(chosen[k]);
                rows.Add(new Row(chosen[k], a, b, null, categories[k * categories.Length / chosen.Count], _rng.Next(6) == 0 ? Notes[_rng.Next(Notes.Length)] : null));
            }

            foreach (var i in binding)
            {
                var (a, b) = FixedFigures(i);
                rows.Add(new Row(i, a, b, null, "ecology", null));
            }

            // One # sub-row under the first binding row, unlinked (its name is not a catalogue name).
            rows.Add(new Row(new Ind("", "其中：工业领域能源消耗降低", "of which: Industrial Energy Consumption Reduction", "percent", "%", "growth-rate", "decrease", Style.Cumulative, 0, true),
                "【16】", "【14】", "sub", "ecology", "A # sub-row printed without its own sequence number."));
            return rows;
        }

        private List<Row> ReviewRows(List<Row> main)
        {
            var rows = new List<Row>();
            foreach (var r in main)
            {
                if (r.SubOf is null && rows.Count < 20)
                {
                    // The review's 2020 actual is the main table's 2020 baseline (the same region, the same year).
                    var target = r.Ind.Style switch
                    {
                        Style.Growth => Num(r.Ind.Base + 1) + "*",
                        Style.Ratio => "2∶1",
                        Style.Cumulative => r.V2020,
                        Style.Ceiling => Num(r.Ind.Base + 0.5) + "以内",
                        _ => Num(r.Ind.Base * 0.95),
                    };
                    rows.Add(new Row(r.Ind, target, r.V2020, null, r.Category, null));
                }
            }

            return rows;
        }

        private (string, string) Figures(Ind i)
        {
            var x = i.Base * (0.8 + (_rng.NextDouble() * 0.4));
            return i.Style switch
            {
                Style.Growth => (Num(x * 0.7), Num(Math.Round(x)) + (_rng.Next(2) == 0 ? "左右*" : "*")),
                Style.Share => (Num(Math.Min(99, x)), (_rng.Next(3) == 0 ? "≥" : string.Empty) + Num(Math.Min(99.5, x * 1.1))),
                Style.Level => (Num(x), Num(x * 1.3) + (_rng.Next(4) == 0 ? "以上" : string.Empty)),
                Style.Ceiling => (Num(x), _rng.Next(2) == 0 ? "＜" + Num(i.Base) : Num(i.Base) + "以内"),
                Style.Ratio => (Num(1.5 + _rng.NextDouble()) + "∶1", Num(1.4 + (_rng.NextDouble() * 0.4)) + "∶1"),
                Style.Cumulative => ("【" + Num(Math.Round(x)) + "】", "【" + Num(Math.Round(x * 1.2)) + "】"),
                _ => (Num(Math.Round(x)), Num(Math.Round(x * 1.5))),
            };
        }

        private static (string, string) FixedFigures(Ind i) => i.Style switch
        {
            Style.Cumulative => ("【" + Num(i.Base) + "】", "国家下达"),
            Style.Share => (Num(i.Base), "≥" + Num(i.Base)),
            _ => (Num(i.Base), Num(i.Base)),
        };

        private string MainTable(List<Row> rows, string section)
        {
            var box = 2;
            var titleZh = "“十四五”经济社会发展主要指标";
            var titleLine = Add("专栏" + I(box) + "  " + titleZh);
            Blank();
            var u1 = Add("\t序号");
            var u2 = Add("\t指标名称");
            var h1 = Add("\t2020年");
            var h2 = Add("\t2025年");
            var u3 = Add("\t指标属性");
            Blank();
            var y = new StringBuilder();
            y.Append("# yaml-language-server: $schema=../schema/planmodel.schema.json\n");
            y.Append("# Box 2 of ").Append(_id).Append(": main indicators. ").Append(I(rows.Count)).Append(" rows.\n");
            y.Append("kind: table\ndocument: ").Append(_id).Append("\nid: main-indicators\nbox: 2\nsymbol: MainIndicators\n");
            y.Append("title: {zh: ").Append(Q(titleZh)).Append(", en: \"Main Indicators of Economic and Social Development in the 14th Five-Year Plan Period\"}\n");
            y.Append("line: ").Append(I(titleLine)).Append("\nsection: ").Append(section).Append('\n');
            y.Append("note: \"Synthetic table: rows follow the printed order; the binding rows come last, under the ecology category, with a # sub-row.\"\n");
            y.Append("columns:\n");
            y.Append("  - {key: \"y2020\", header: {zh: \"2020年\", en: \"2020\"}, year: 2020, role: \"baseline\", line: ").Append(I(h1)).Append("}\n");
            y.Append("  - {key: \"y2025\", header: {zh: \"2025年\", en: \"2025\"}, year: 2025, role: \"target\", line: ").Append(I(h2)).Append("}\n");
            y.Append("attributeColumn: true\n");
            var body = new StringBuilder();
            var categories = new StringBuilder();
            var seq = 0;
            string? category = null;
            string[] printedCats = { "一、推动高质量发展", "二、创造高品质生活", "三、内陆开放高地建设", "四、山清水秀美丽之地建设" };
            (string Key, string Zh, string En)[] cats =
            {
                ("quality", "推动高质量发展", "Promoting High-Quality Development"), ("living", "创造高品质生活", "Creating a High-Quality Life"),
                ("opening", "内陆开放高地建设", "Building an Inland Opening-Up Highland"), ("ecology", "山清水秀美丽之地建设", "Building a Beautiful Land of Green Mountains and Clear Waters"),
            };
            var firstBinding = 0;
            foreach (var r in rows)
            {
                if (r.Category != category)
                {
                    category = r.Category;
                    var ci = Array.FindIndex(cats, c => c.Key == category);
                    var cl = Add("\t" + printedCats[ci]);
                    Blank();
                    categories.Append("  - {key: \"").Append(cats[ci].Key).Append("\", printed: ").Append(Q(printedCats[ci])).Append(", label: {zh: ").Append(Q(cats[ci].Zh))
                        .Append(", en: ").Append(Q(cats[ci].En)).Append("}, line: ").Append(I(cl)).Append("}\n");
                }

                var printed = (r.SubOf is null ? string.Empty : "#") + r.Ind.Zh + (r.Ind.UnitRaw.Length > 0 ? "（" + r.Ind.UnitRaw + "）" : string.Empty);
                int? seqLine = null;
                if (r.SubOf is null)
                {
                    seq++;
                    if (r.Ind.Binding && firstBinding == 0)
                    {
                        firstBinding = seq;
                    }

                    seqLine = Add("\t" + I(seq));
                }
                else
                {
                    Add("\t");
                }

                var nameLine = Add("\t" + printed);
                var l1 = Add("\t" + r.V2020);
                var l2 = Add("\t" + r.V2025);
                var attr = r.Ind.Binding ? "约束性" : "预期性";
                var la = Add("\t" + attr);
                Blank();
                if (seqLine is int sl)
                {
                    body.Append("  - seq: {raw: \"").Append(I(seq)).Append("\", line: ").Append(I(sl)).Append("}\n");
                    body.Append("    category: ").Append(r.Category).Append('\n');
                }
                else
                {
                    body.Append("  - parent: \"").Append(I(firstBinding)).Append("\"\n");
                    body.Append("    category: ").Append(r.Category).Append('\n');
                }

                body.Append("    printed: ").Append(Q(printed)).Append("\n    line: ").Append(I(nameLine)).Append('\n');
                body.Append("    name: {zh: ").Append(Q(r.Ind.Zh)).Append(", en: ").Append(Q(r.Ind.En)).Append("}\n");
                if (r.Ind.Id.Length > 0)
                {
                    body.Append("    indicator: ").Append(r.Ind.Id).Append('\n');
                }

                body.Append("    unit: {").Append(r.Ind.UnitRaw.Length > 0 ? "raw: " + Q(r.Ind.UnitRaw) + ", " : string.Empty).Append("id: ").Append(Q(r.Ind.UnitId)).Append("}\n");
                body.Append("    attribute: {raw: ").Append(Q(attr)).Append(", line: ").Append(I(la)).Append("}\n");
                body.Append("    values:\n");
                body.Append("      y2020: {raw: ").Append(Q(r.V2020)).Append(", line: ").Append(I(l1)).Append("}\n");
                body.Append("      y2025: {raw: ").Append(Q(r.V2025)).Append(", line: ").Append(I(l2)).Append("}\n");
                if (r.Note is not null)
                {
                    body.Append("    note: ").Append(Q(r.Note)).Append('\n');
                }
            }

            var legendRaw = "备注：1．带【】为五年累计数；2．带*为规划期平均数。";
            var legendLine = Add(legendRaw);
            Blank();
            y.Append("legend:\n  raw: ").Append(Q(legendRaw)).Append("\n  line: ").Append(I(legendLine)).Append('\n');
            y.Append("  markers:\n    - {marker: \"【】\", measure: \"cumulative\", text: \"带【】为五年累计数\"}\n    - {marker: \"*\", measure: \"plan-period-average\", text: \"带*为规划期平均数\"}\n");
            y.Append("categories:\n").Append(categories).Append(Uncited(u1, u2, u3)).Append("rows:\n").Append(body);
            return y.ToString();
        }

        private string ReviewTable(List<Row> rows, string section)
        {
            var titleZh = "“十三五”规划主要指标实现情况";
            var titleLine = Add("专栏1  " + titleZh);
            Blank();
            var u1 = Add("\t序号");
            var u2 = Add("\t指标名称");
            var u3 = Add("\t指标属性");
            var h1 = Add("\t2020年规划目标");
            var h2 = Add("\t2020年实现情况");
            Blank();
            var y = new StringBuilder();
            y.Append("# yaml-language-server: $schema=../schema/planmodel.schema.json\n");
            y.Append("kind: table\ndocument: ").Append(_id).Append("\nid: review-13th\nbox: 1\nsymbol: Review13thFypMainIndicators\n");
            y.Append("title: {zh: ").Append(Q(titleZh)).Append(", en: \"Achievement of the Main Indicators of the 13th Five-Year Plan\"}\n");
            y.Append("line: ").Append(I(titleLine)).Append("\nsection: ").Append(section).Append('\n');
            y.Append("columns:\n");
            y.Append("  - {key: \"target2020\", header: {zh: \"2020年规划目标\", en: \"2020 Planned Target\"}, year: 2020, role: \"target\", line: ").Append(I(h1)).Append("}\n");
            y.Append("  - {key: \"actual2020\", header: {zh: \"2020年实现情况\", en: \"2020 Actual Outcome\"}, year: 2020, role: \"actual\", line: ").Append(I(h2)).Append("}\n");
            y.Append("attributeColumn: true\n");
            var body = new StringBuilder();
            var seq = 0;
            foreach (var r in rows)
            {
                seq++;
                var printed = r.Ind.Zh + (r.Ind.UnitRaw.Length > 0 ? "（" + r.Ind.UnitRaw + "）" : string.Empty);
                var sl = Add("\t" + I(seq));
                var nl = Add("\t" + printed);
                var attr = r.Ind.Binding ? "约束性" : "预期性";
                var la = Add("\t" + attr);
                var l1 = Add("\t" + r.V2020);
                var l2 = Add("\t" + r.V2025);
                Blank();
                body.Append("  - seq: {raw: \"").Append(I(seq)).Append("\", line: ").Append(I(sl)).Append("}\n");
                body.Append("    printed: ").Append(Q(printed)).Append("\n    line: ").Append(I(nl)).Append('\n');
                body.Append("    name: {zh: ").Append(Q(r.Ind.Zh)).Append(", en: ").Append(Q(r.Ind.En)).Append("}\n");
                body.Append("    indicator: ").Append(r.Ind.Id).Append('\n');
                body.Append("    unit: {").Append(r.Ind.UnitRaw.Length > 0 ? "raw: " + Q(r.Ind.UnitRaw) + ", " : string.Empty).Append("id: ").Append(Q(r.Ind.UnitId)).Append("}\n");
                body.Append("    attribute: {raw: ").Append(Q(attr)).Append(", line: ").Append(I(la)).Append("}\n");
                body.Append("    values:\n");
                body.Append("      target2020: {raw: ").Append(Q(r.V2020)).Append(", line: ").Append(I(l1)).Append("}\n");
                body.Append("      actual2020: {raw: ").Append(Q(r.V2025)).Append(", line: ").Append(I(l2)).Append("}\n");
            }

            var legendRaw = "备注：1．带*为五年年均增速，带【】为五年累计数。";
            var legendLine = Add(legendRaw);
            Blank();
            y.Append("legend:\n  raw: ").Append(Q(legendRaw)).Append("\n  line: ").Append(I(legendLine)).Append('\n');
            y.Append("  markers:\n    - {marker: \"*\", measure: \"annual-average\", text: \"带*为五年年均增速\"}\n    - {marker: \"【】\", measure: \"cumulative\", text: \"带【】为五年累计数\"}\n");
            y.Append(Uncited(u1, u2, u3)).Append("rows:\n").Append(body);
            return y.ToString();
        }

        // ------------------------------------------------------------ project boxes

        private string ProjectBox(int box, string section)
        {
            var (titleZh, titleEn) = BoxTitles[_rng.Next(BoxTitles.Length)];
            var titleLine = Add("专栏" + I(box) + "  " + titleZh);
            Blank();
            var y = new StringBuilder();
            y.Append("# yaml-language-server: $schema=../schema/planmodel.schema.json\n");
            y.Append("kind: \"projects\"\ndocument: \"").Append(_id).Append("\"\nid: \"box-").Append(box.ToString("D2", CultureInfo.InvariantCulture)).Append("\"\nbox: ").Append(I(box)).Append('\n');
            y.Append("title: {zh: ").Append(Q(titleZh)).Append(", en: ").Append(Q(titleEn)).Append("}\nline: ").Append(I(titleLine)).Append("\nsection: \"").Append(section).Append("\"\ngroups:\n");
            var groups = 4;
            var h = _rng.Next(Headings.Length);
            for (var g = 0; g < groups; g++)
            {
                var heading = Headings[(h + g) % Headings.Length];
                var kind = ProjectKinds[_rng.Next(ProjectKinds.Length)];
                var count = 8 + _rng.Next(5);
                var items = new List<(string Zh, string En, string? Qty, int Value, string? Note)>();
                var used = new HashSet<string>(StringComparer.Ordinal);
                while (items.Count < count)
                {
                    var p = Place();
                    var k = ProjectKinds[_rng.Next(ProjectKinds.Length)];
                    if (_rng.Next(5) == 0)
                    {
                        var n = 2 + _rng.Next(60);
                        var zh = "新（扩）建" + p.Zh + "污水处理厂" + I(n) + "座";
                        if (used.Add(zh))
                        {
                            items.Add((zh, "New or Expanded " + p.En + " Sewage Treatment Plants (" + I(n) + ")", I(n) + "座", n, null));
                        }
                    }
                    else
                    {
                        var zh = p.Zh + k.Zh;
                        if (used.Add(zh))
                        {
                            items.Add((zh, p.En + " " + k.En, null, 0, _rng.Next(10) == 0 ? Notes[_rng.Next(Notes.Length)] : null));
                        }
                    }
                }

                // "加快…建设" prints as 加快A、B、C等建设; "新开工" as 新开工A、B、C等.
                var verb = kind.Status.Split('…');
                var line = new StringBuilder(heading.Zh).Append("：").Append(verb[0]);
                for (var i = 0; i < items.Count; i++)
                {
                    line.Append(items[i].Zh).Append(i + 1 < items.Count ? "、" : "等");
                }

                line.Append(verb.Length > 1 ? verb[1] : string.Empty).Append("。");
                var gl = Add(line.ToString());
                Blank();
                y.Append("  - heading: {zh: ").Append(Q(heading.Zh)).Append(", en: ").Append(Q(heading.En)).Append("}\n");
                y.Append("    line: ").Append(I(gl)).Append('\n');
                y.Append("    note: \"The list ends with 等 (kept out of the names).\"\n");
                y.Append("    items:\n");
                foreach (var it in items)
                {
                    y.Append("      - name: {zh: ").Append(Q(it.Zh)).Append(", en: ").Append(Q(it.En)).Append("}\n");
                    y.Append("        status: {raw: ").Append(Q(kind.Status)).Append(", code: \"").Append(kind.Code).Append("\"}\n");
                    y.Append("        quote: ").Append(Q(it.Zh)).Append('\n');
                    if (it.Qty is not null)
                    {
                        y.Append("        quantities: [{raw: ").Append(Q(it.Qty)).Append(", value: ").Append(I(it.Value)).Append(", unit: \"座\"}]\n");
                    }

                    if (it.Note is not null)
                    {
                        y.Append("        note: ").Append(Q(it.Note)).Append('\n');
                    }
                }
            }

            Paragraph(1);
            return y.ToString();
        }

        // ------------------------------------------------------------ targets

        private void Target(StringBuilder yaml, int k, string section)
        {
            var ind = Indicators[_rng.Next(Indicators.Length)];
            string raw;
            string relation;
            string measure;
            var unit = ind.UnitId;
            var x = ind.Base * (0.8 + (_rng.NextDouble() * 0.5));
            switch (ind.Style)
            {
                case Style.Growth:
                    relation = "年均增长";
                    raw = Num(Math.Round(x, 1)) + "%" + (_rng.Next(2) == 0 ? "左右" : string.Empty);
                    measure = "annual-average";
                    break;
                case Style.Ceiling:
                    relation = "控制在";
                    raw = Num(ind.Base) + "%以内";
                    measure = "level";
                    break;
                case Style.Ratio:
                    relation = "缩小到";
                    raw = Num(1.5 + (_rng.NextDouble() * 0.3)) + "∶1";
                    measure = "level";
                    break;
                case Style.Cumulative:
                    relation = "累计达到";
                    raw = Num(Math.Round(x)) + ind.UnitRaw;
                    measure = "cumulative";
                    break;
                default:
                    relation = _rng.Next(2) == 0 ? "达到" : "超过";
                    // A share stays a share (PLAN503): at most 100%.
                    raw = Num(ind.Style == Style.Share ? Math.Min(99.5, x * 1.2) : x * 1.2) + ind.UnitRaw;
                    var atLeast = _rng.Next(3) == 0;

                    // A relation word printed against the number is part of raw (PLAN504): 超过41.9%; 达到 reads as
                    // the number itself and stays outside, with 以上 after the number.
                    raw = relation == "超过" ? relation + raw : raw + (atLeast ? "以上" : string.Empty);
                    measure = "level";
                    break;
            }

            var subject = _place.Zh + ind.Zh;
            var quote = "到2025年，" + subject + (raw.StartsWith(relation, StringComparison.Ordinal) ? string.Empty : relation) + raw;
            var prefix = Sentences[_rng.Next(Sentences.Length)];
            var suffix = Sentences[_rng.Next(Sentences.Length)];
            var line = Add(prefix + "。" + quote + "，" + suffix + "。");
            Blank();
            var id = "t" + k.ToString("D2", CultureInfo.InvariantCulture) + "-" + ind.Id;
            yaml.Append("  - id: ").Append(id).Append('\n');
            yaml.Append("    subject: {zh: ").Append(Q(subject)).Append(", en: ").Append(Q(_place.En + ": " + ind.En)).Append("}\n");
            yaml.Append("    indicator: ").Append(ind.Id).Append('\n');
            yaml.Append("    raw: ").Append(Q(raw)).Append('\n');
            yaml.Append("    unit: ").Append(unit).Append('\n');
            yaml.Append("    relation: ").Append(Q(relation)).Append('\n');
            yaml.Append("    measure: ").Append(measure).Append('\n');
            yaml.Append("    horizon: ").Append(measure is "annual-average" or "cumulative" ? "{from: 2021, to: 2025}" : "{year: 2025}").Append('\n');
            yaml.Append("    role: target\n");
            yaml.Append("    line: ").Append(I(line)).Append('\n');
            yaml.Append("    quote: ").Append(Q(quote)).Append('\n');
            yaml.Append("    section: ").Append(section).Append('\n');
            if (_rng.Next(8) == 0)
            {
                yaml.Append("    note: ").Append(Q(Notes[_rng.Next(Notes.Length)])).Append('\n');
            }
        }

        private void Shuffle<T>(List<T> list)
        {
            for (var i = list.Count - 1; i > 0; i--)
            {
                var j = _rng.Next(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value)
    {
        var r = Math.Round(value, value >= 100 ? 0 : 1);
        return r.ToString("0.#", CultureInfo.InvariantCulture);
    }

    private static string Hex(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>A double-quoted YAML scalar.</summary>
    private static string Q(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    private static readonly string[] Digits = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

    /// <summary>Chinese numeral for 1–99 (一, 十, 十一, 二十, 四十五).</summary>
    private static string Numeral(int n)
    {
        if (n < 10)
        {
            return Digits[n];
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? string.Empty : Digits[tens]) + "十" + Digits[ones];
    }
}
