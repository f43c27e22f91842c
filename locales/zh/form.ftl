# 申请表第一部分（全球学习型城市网络官方申请表）。

## 各部分，按申请表顺序排列。
section-city = 城市
section-mayor = 市长
section-contact = 联系人
section-profile = 城市概况
section-motivation = 申请动机和社会背景
section-implementation = 本市的学习型城市理念
section-priorities = 学习型城市各项特征的优先次序
section-priorities-intro = 学习型城市的六项特征对贵市的重要性如何？请从 1（最不重要）到 5（最重要）评分。本部分为选填。
section-commitment = 市长签署的承诺书
section-commitment-intro = 请打印申请书，由市长签字盖章，然后上传扫描件。
section-documents = 证明文件

## 城市。
field-city_name = 城市名称
field-city_name-missing = 请输入城市名称
field-country = 国家
field-country-missing = 请选择城市所在国家
field-website = 城市官方网站（选填）
field-website-hint = 例如 https://www.city.gov
field-language = 与联合国教科文组织沟通的语言
field-language-missing = 请选择英语或法语作为沟通语言

## 市长。
field-mayor_salutation = 称谓（选填）
field-mayor_salutation-hint = 例如先生、女士、博士、阁下
field-mayor_name = 市长全名
field-mayor_name-missing = 请输入市长全名
field-mayor_title = 市长的确切正式职衔
field-mayor_title-hint = 应与信函中的写法一致，例如“杭州市市长”
field-mayor_title-missing = 请输入市长的确切正式职衔

## 联系人。
field-contact_salutation = 称谓（选填）
field-contact_name = 联系人全名
field-contact_name-missing = 请输入联系人全名
field-contact_title = 职衔或职务
field-contact_title-missing = 请输入联系人的职衔或职务
field-contact_organisation = 机构（选填）
field-contact_organisation-hint = 如非市政府
field-contact_address = 通信地址
field-contact_address-missing = 请输入联系人的通信地址
field-contact_postcode = 邮政编码（选填）
field-contact_phone = 电话号码
field-contact_phone-hint = 包括国家代码，例如 +49 40 123456
field-contact_phone-missing = 请输入联系人的电话号码
field-contact_email = 电子邮件地址
field-contact_email-hint = 联合国教科文组织将就申请事宜致函此地址
field-contact_email-missing = 请输入联系人的电子邮件地址

## 城市概况。
question-population = 人口
question-population-hint = 城市居民人数及该数字的年份。
field-population = 人口
field-population-missing = 请输入城市人口
field-population_year = 数据年份
field-population_year-missing = 请输入人口数据的年份
question-area = 面积
question-area-hint = 单位为平方公里，例如 891.8。
field-area_km2 = 面积（平方公里）
field-area_km2-missing = 请输入城市面积（平方公里）
field-area_year = 数据年份
field-area_year-missing = 请输入面积数据的年份
question-gdp_city = 城市人均国内生产总值（选填）
question-gdp_city-hint = 单位为美元。
field-gdp_city_usd = 城市人均国内生产总值（美元）
field-gdp_city_year = 数据年份
field-gdp_city_year-missing = 请输入城市国内生产总值数据的年份
question-gdp_country = 国家人均国内生产总值（选填）
question-gdp_country-hint = 单位为美元。
field-gdp_country_usd = 国家人均国内生产总值（美元）
field-gdp_country_year = 数据年份
field-gdp_country_year-missing = 请输入国家国内生产总值数据的年份
question-schooling = 平均受教育年限（选填）
question-schooling-hint = 指本市成年人，例如 11.5。
field-schooling_women_years = 女性（年）
field-schooling_men_years = 男性（年）
field-schooling_year = 数据年份
field-schooling_year-missing = 请输入受教育年限数据的年份

## 两段文字，每段不超过 200 个词。
field-motivation = 申请动机和社会背景
field-motivation-hint = 本市为何希望加入该网络？其社会背景如何？不超过 200 个词。
field-motivation-missing = 请输入本市的申请动机和社会背景
field-implementation = 学习型城市理念的实施
field-implementation-hint = 本市如何实施或计划如何实施学习型城市理念？不超过 200 个词，可附链接。
field-implementation-missing = 请说明本市如何实施学习型城市理念

## 学习型城市的六项特征（《建设学习型城市北京宣言》）。
field-priority_inclusive = 促进从基础教育到高等教育的全纳学习
field-priority_families = 振兴家庭和社区学习
field-priority_workplace = 促进为了工作和在工作场所的学习
field-priority_technologies = 扩大现代学习技术的应用
field-priority_quality = 提高学习质量，追求卓越
field-priority_culture = 培育终身学习文化
choice-priority-1 = { $rating }（最不重要）
choice-priority-5 = { $rating }（最重要）

## 承诺。
field-commitment = 本市承诺遵守《建设学习型城市北京宣言》和《学习型城市的主要特征》
field-commitment-missing = 请确认本市的承诺

## 官方申请表提供的沟通语言。
choice-language-en = 英语
choice-language-fr = 法语

## 申请表各页通用。
form-choose-member-state = 请选择联合国教科文组织会员国
form-answer-yes = 是
form-answer-not-given = 未填写
form-answer-missing = 缺失
