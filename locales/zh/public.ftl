# 公共页面：申请征集和成员名录。

## 联合国教科文组织的地区，名录按地区对会员国分组。

region-africa = 非洲
region-arab-states = 阿拉伯国家
region-asia-pacific = 亚洲及太平洋
region-europe-north-america = 欧洲及北美
region-latin-america-caribbean = 拉丁美洲及加勒比

## 申请征集页面

public-no-call-title = 尚无已发布的申请征集
public-no-call-heading = 尚未发布申请征集
public-no-call-text = 下一次成员申请征集将在此公布。

public-phase-not-open = 尚未开放
public-phase-not-open-detail = 申请将于{ $opens }开放。您现在即可注册并准备申请。
public-phase-open-cities = 向城市开放：{ $left }
public-phase-open-cities-detail = 请于{ $deadline }前将申请提交给本国全国委员会。
public-phase-open-natcoms = 城市申请已截止；全国委员会仍可提交
public-phase-open-natcoms-detail = 城市提交申请的截止时间为{ $city }。全国委员会可在{ $natcom }前推荐申请并提交给终身学习研究所（{ $left }）。
public-phase-closed = 本次申请征集已截止
public-phase-closed-detail = 城市提交申请的截止时间为{ $city }；全国委员会的截止时间为{ $natcom }。

public-register-to-apply = 注册并申请
public-already-registered = 已有账户？
public-sign-in-to-continue = 登录以继续填写申请
public-sign-in-to-see = 登录以查看您的申请

public-dates-heading = 重要日期
public-dates-opens = 申请开放时间
public-dates-city = 城市向本国全国委员会提交申请的截止时间
public-dates-natcom = 全国委员会向终身学习研究所提交申请的截止时间
public-zone-aoe = 每个日期均指“Anywhere on Earth”时间（AoE，UTC−12）的一整天：只要该日在地球上某处尚未结束，截止期限即仍然有效。
public-zone-named = 每个日期均指{ $zone }时区的一整天。

public-steps-heading = 申请流程
public-step-city-who = 城市
public-step-city = 进行注册，填写申请表，上传由市长签字并盖章的承诺书，并于{ $date }前将申请提交给本国的联合国教科文组织全国委员会。
public-step-natcom-who = 全国委员会
public-step-natcom = 最多推荐本国{ $quota }个城市，并于{ $date }前将其提交给联合国教科文组织终身学习研究所。
public-step-uil-who = 终身学习研究所
public-step-uil = 审查获推荐的申请，并决定哪些城市加入网络。

public-call-text-heading = 征集内容

## 成员名录

public-members-title = 成员城市
public-members-lead = 已加入联合国教科文组织全球学习型城市网络的城市。
public-members-partial-title = 本名单并不完整。
public-members-partial = 名单列出了公开公告中提及的{ $total }个成员城市（已知加入年份的注明年份），以及通过本服务获准加入的城市。正式名单由终身学习研究所保存。
public-members-region = 地区
public-members-all-regions = 所有地区
public-members-country = 国家
public-members-all-countries = 所有国家
public-members-country-option = { $country }（{ $count }）
public-members-show = 显示成员
public-members-clear = 清除筛选条件
public-members-by-region = 各地区成员
public-members-counts-caption = 各地区成员城市数量
public-members-col-members = 成员数
public-members-matching = 符合条件的成员：{ $count }个
public-members-all = 全部{ $count }个成员
public-members-none = 没有符合这些筛选条件的成员城市。
public-members-show-all = 显示所有成员
public-members-col-city = 城市
public-members-col-joined = 加入年份
public-members-unknown-year = 不详

public-call-text-in-english = 本征集的文本尚无中文版本，现以英文显示。
