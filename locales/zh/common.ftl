# 每个页面的框架、语言菜单、错误页面以及许多页面共用的词语。
# 英文为源语言：这里的每个键在每种语言中都存在。

# 语言菜单中以该语言本身书写的语言名称。
language-self = 中文

site-name = 联合国教科文组织全球学习型城市网络
site-short-name = GNLC申请平台
site-tagline = 成员申请征集
skip-to-content = 跳至主要内容
nav-main = 主导航
nav-call = 征集
nav-members = 成员
nav-register = 注册
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-languages = 语言
footer-run-by = 由联合国教科文组织终身学习研究所（UIL）为联合国教科文组织全球学习型城市网络运营。

# 日期和时间，均已按读者的语言书写。
date-and-time = { $date } { $time }
# 某一时区中的时刻，以及同一时刻的UTC时间：“2023年5月31日 23:59 AoE（2023年6月1日 11:59 UTC）”。
moment-in-zone = { $local } { $zone }（{ $utc } UTC）

error-summary-title = 出现问题
error-prefix = 错误：

error-not-found-heading = 未找到页面
error-not-found-text = 如果您是手动输入的网址，请检查其是否正确。如果您是通过链接访问的，该页面可能已被移动，或者您可能无权访问该页面。
error-forbidden-heading = 您无法执行此操作
error-forbidden-text = 您的账户无权访问此页面，或者您提交的表单已过期。请返回上一页，重新加载页面后再试。
error-bad-request-heading = 无法读取表单
error-bad-request-text = 请返回上一页，重新加载页面后再试。
error-too-large-heading = 您发送的内容过大
error-too-large-text = 每个文件最大为10 MB。请返回上一页并选择较小的文件。
error-refused-heading = 操作未执行
error-too-many-heading = 请求过多
error-too-many-text = 您的网络在短时间内发出了过多请求。请稍后再试：您在此页面之前发送的内容均未丢失。
error-busy-heading = 抱歉，服务繁忙
error-busy-text = 您在此页面之前发送的内容均未丢失。请一分钟后再试。
error-internal-heading = 抱歉，服务出现问题
error-internal-text = 该问题已被记录。请稍后再试；您在此页面之前保存的内容均未丢失。
error-go-to-call = 前往征集页面
error-see-members = 查看成员城市
error-status = 错误 { $status }
moment-utc = { $moment } UTC
