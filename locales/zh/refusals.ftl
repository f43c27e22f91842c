# 领域中各个值的表述：阶段、角色、操作、拒绝原因以及输入内容的问题。
# 由 src/web/words.rs 在每个页面和邮件中使用。

## 申请的阶段。`.in-sentence` 是该阶段在“该申请……。”一句中的形式。
stage-draft = 草稿
    .in-sentence = 仍为草稿
stage-submitted = 已提交全国委员会
    .in-sentence = 已提交全国委员会
stage-endorsed = 已获全国委员会推荐
    .in-sentence = 已获全国委员会推荐
stage-declined = 已被全国委员会拒绝
    .in-sentence = 已被全国委员会拒绝
stage-forwarded = 已提交UIL
    .in-sentence = 已提交UIL
stage-under_review = UIL审查中
    .in-sentence = 正在接受UIL审查
stage-accepted = 已接受
    .in-sentence = 已被接受
stage-not_accepted = 未被接受
    .in-sentence = 未被接受
stage-withdrawn = 已撤回
    .in-sentence = 已撤回

## 账户的角色。
role-applicant = 申请城市
role-natcom = 全国委员会
role-uil_reviewer = UIL审查员
role-uil_admin = UIL协调员

## 操作的内容，用于“您的账户无权对申请执行以下操作：……。”
action-submit = 提交
action-return = 退回城市
action-endorse = 推荐
action-decline = 拒绝
action-take-back = 撤销决定
action-forward = 提交UIL
action-start-review = 开始审查
action-accept = 接受
action-not-accept = 不予接受
action-withdraw = 撤回

progress-not-started = 未开始
progress-in-progress = 进行中
progress-completed = 已完成
progress-optional = 选填

document-pledge = 市长签署的承诺书
document-supporting = 证明文件
document-endorsement = 全国委员会签署的推荐函

time-left-days = 还剩{ $days }天
time-left-last-day = 最后一天
time-left-closed = 已截止

## 拒绝原因：为什么某项操作不能执行。
refusal-not-your-action = 您的账户无权对申请执行以下操作：{ $action }。
refusal-not-from-stage = 处于“{ $stage }”阶段的申请无法以此方式更改（{ $action }）。
refusal-not-yet-open = 征集尚未开始：将于{ $opens }开始。
refusal-city-deadline-passed = 面向城市的征集已于{ $closed }截止。只有UIL可以延长申请的截止日期：如需更多时间，请致函UIL团队。
refusal-natcom-deadline-passed = 全国委员会的截止日期（{ $closed }）已过。
refusal-quota-reached = 贵会员国在本次征集中的推荐名额（{ $quota }个）已全部用完。如需推荐该城市，请先撤销您已作出的一项推荐。
refusal-not-editable = 该申请{ $stage }。城市只有在申请仍为草稿时才能修改：即提交之前，或全国委员会将其退回之后。
refusal-email-not-confirmed = 提交前请先确认您的电子邮件地址：打开我们发送给您的链接，或在您的账户页面申请新的链接。
refusal-incomplete = 仍缺少{ $count }项回答或文件：见下文。
refusal-too-many-documents = 每份申请最多可包含{ $max }份证明文件。请先删除一份。
refusal-part2-both-missing = 缺少签署人信息和已签署的推荐函。
refusal-part2-officer-missing = 缺少签署人的姓名和职务。
refusal-part2-signed-missing = 缺少已签署的推荐函。
refusal-no-open-call = 目前没有开放的申请征集。
refusal-city-already-applying = 该城市在本次征集中已有一份申请。
refusal-nothing-chosen = 请至少选择一份申请进行推荐并发送。
refusal-not-to-start-again-from = 只能以此前征集中未被接受或已撤回的申请为基础开始新申请；该申请{ $stage }。
refusal-review-not-started = 请先开始审查，再评估申请。
refusal-assessments-closed = 该申请{ $stage }：评估已关闭。

## 必填字段留空。
missing-email = 请输入您的电子邮件地址和密码
missing-name = 请输入您的全名
missing-officer_name = 请输入签署推荐函的签署人姓名
missing-officer_title = 请输入签署推荐函的签署人职务
missing-reason = 请输入拒绝理由：城市将会看到该理由
missing-message = 请输入给城市的留言
missing-decision = 请选择是否接受该城市
missing-title = 请输入不超过300个字符的标题
missing-role = 请选择此人将承担的角色
missing-kind = 请选择要延长的内容
missing-country = 请从列表中选择一个会员国
missing-value = 请输入一个值

## 在有关某字段的消息中该字段的名称（“{ $label }不得……”）。
label-officer_name = 姓名
label-officer_title = 职务
label-note = 备注
label-reason = 理由
label-message = 留言
label-comment = 意见
label-body = 征集文本
label-title = 标题
label-field = 此字段

## 输入内容的问题。
problem-too-long = { $label }不得超过{ $max }个字符
problem-control-characters = { $label }不得包含控制字符
problem-too-many-words = { $label }：请不超过{ $max }个词；当前为{ $words }个词
problem-not-an-email = 请输入格式正确的电子邮件地址，例如 name@example.org
problem-not-a-phone-number = 请输入带国家代码的电话号码，例如 +49 40 123456
problem-not-a-web-address = 请输入网址，例如 https://www.city.gov
problem-not-a-language = 请选择英文或法文
problem-not-a-country = 请从列表中选择一个国家
problem-not-an-application-number = 请输入申请编号
problem-not-a-whole-number = 人口必须为整数，例如 250000
problem-population-out-of-range = 人口必须是{ $min }到{ $max }之间的数字
problem-not-an-area = 请以平方公里（km²）为单位输入大于0的面积，例如 891.8
problem-not-an-amount = 请输入以美元计的金额，例如 45000
problem-not-schooling-years = 请输入0到25之间的年数，例如 11.5
problem-rank-out-of-range = 请用 1 至 999 的整数填写排序中的每个名次，或留空
problem-not-a-year = 请输入4位数的数据年份，例如 2022
problem-not-a-score = 请为此标准打分（1至5分）
problem-not-a-priority = 请选择1至5的等级


## 账户信息的问题。
problem-account-email-missing = 请输入电子邮件地址
problem-account-email-too-long = 电子邮件地址不得超过254个字符
problem-account-name-too-long = 姓名不得超过200个字符
problem-account-name-control-characters = 姓名不得包含控制字符
problem-account-password-missing = 请输入密码
problem-account-password-too-short = 密码长度至少为10个字符
problem-account-password-too-long = 密码不得超过200个字符
problem-account-password-too-easy = 此密码太容易被猜到：请另选一个，例如由三个互不相关的词组成的密码

## 文件的问题。
upload-too-large = 所选文件不得大于10 MB
upload-not-a-pdf = 所选文件必须是PDF文件
upload-no-page = 所选文件是不含任何页面的PDF：请重新扫描已签署的页面
upload-needs-password = 所选PDF需要密码才能打开：请将其另存为无需打开密码的文件，然后上传
upload-active-content = 所选PDF包含脚本或会启动程序的操作：请将其另存为普通PDF（例如通过“打印为PDF”），然后上传

## 列表的筛选条件，用于“{ $filter }：请从列表中选择一个选项”。
filter-call = 征集
filter-region = 地区
filter-country = 国家
filter-stage = 阶段
filter-reviewed = 已评估
filter-sort = 排序
filter-state = 状态
filter-other = 筛选条件

## 其他问题。
issue-file-problem = { $file }：{ $problem }
issue-no-file = 请选择要上传的PDF文件
issue-not-a-choice = { $filter }：请从列表中选择一个选项
issue-form-too-large = { $file }：表单过大，无法完整读取。每个文件最大为10 MB，包含所有文件的表单最大为64 MB：请每次发送更少或更小的文件。
issue-choose-city-country = 请选择该城市所在的国家
issue-choose-natcom-country = 请选择全国委员会所属的会员国
issue-city-taken = { $city }在本次征集中已有一份申请。请让发起该申请的同事与您共享工作，或联系UIL。
issue-no-such-application = 不存在第{ $id }号申请
issue-not-a-draft = 第{ $id }号申请{ $stage }：只有草稿才需等待城市截止日期
issue-deadline-not-later = 新的截止日期必须晚于当前截止日期（{ $current }）
issue-natcom-before-city = 全国委员会的截止日期不得早于城市截止日期
issue-city-before-opening = 城市截止日期不得早于征集开放日
issue-not-a-date = 请输入日期，例如 2025-05-31
issue-quota-out-of-range = 请输入{ $min }到{ $max }之间的推荐名额数
issue-page-out-of-range = 页码范围为{ $min }至{ $max }
issue-out-of-range = 请输入{ $min }到{ $max }之间的数字
issue-unknown-zone = 请输入“AoE”或时区名称，例如“Europe/Paris”
issue-title-taken = 已有其他征集使用此标题
issue-email-taken = 已有账户使用此电子邮件地址
issue-wrong-credentials = 电子邮件地址或密码不正确
issue-too-many-attempts = 登录尝试次数过多。为了您的安全，请在{ $until } UTC之后（即{ $minutes }分钟后）重试，或重置密码。

missing-call-text = 请输入该语言的征集文本，或将其标题也留空

## A member list imported by UIL (CSV): why it cannot be read, why a line is left out.
members-list-not-csv = 该文件不是 CSV 文件
members-list-no-city-column = 第一行必须包含名为“city”的列
members-list-no-country-column = 第一行必须包含名为“country”的列
members-line-unreadable = 无法读取该行
members-line-city-missing = 城市名称缺失或超过 { $max } 个字符
members-line-city-not-text = 城市名称含有非文本字符
members-line-not-a-member-state = “{ $code }”不是联合国教科文组织会员国的 ISO 代码
members-line-year-out-of-range = 年份“{ $year }”不在 { $first } 至 { $last } 之间
members-line-listed-twice = { $city }（{ $country }）重复列出
issue-code-wrong = 验证码不正确。请输入应用当前显示的六位数字，或一个恢复码。
issue-code-replayed = 此验证码已被使用。请等待应用显示下一个验证码。
issue-already-colleague = 此人已在参与此申请的工作。
