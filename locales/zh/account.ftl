# 注册、登录、确认地址、重置密码、接受邀请、账户页面。

account-email = 电子邮件地址
account-password = 密码
account-full-name = 姓名

## 登录

account-sign-in-title = 登录
account-forgot-password = 忘记密码？
account-no-account = 还没有账户？
account-create-one = 创建账户，为您的城市提交申请
account-notice-confirmed = 您的电子邮件地址已确认。请登录以继续。
account-notice-reset = 您的密码已更改，所有会话均已退出登录。请使用新密码登录。
account-notice-welcome = 您的密码已设置。请登录以开始使用。
account-notice-signed-out = 您已退出登录。

## 注册

account-register-title = 创建账户
account-register-lead = 供希望提交申请的城市工作人员使用。全国委员会和终身学习研究所的工作人员由该研究所另行邀请。
account-email-hint = 我们将发送一个链接以确认该地址。
account-password-hint = 至少{ $min }个字符。由三个互不相关的词组成的密码安全性较高。
account-register-submit = 创建账户
account-have-account = 已有账户？

account-check-email-title = 请查收电子邮件
account-sent-to = 我们已向{ $email }发送了一封邮件。请打开其中的链接以确认您的地址；该链接{ $days }天内有效。
account-sent-to-unknown = 我们已向您提供的地址发送了一封邮件。请打开其中的链接以确认您的地址；该链接{ $days }天内有效。
account-sent-start-now = 您现在即可登录并开始填写您所在城市的申请。提交申请前，您需要确认您的地址。
account-sent-wrong-address = 地址有误，或几分钟后仍未收到邮件？请检查垃圾邮件文件夹，或使用正确的地址重新注册。

## 确认地址

account-confirm-email-title = 确认您的电子邮件地址
account-confirm-email-submit = 确认我的电子邮件地址

## 密码

account-reset-text = 请输入您账户的电子邮件地址。我们将向该地址发送一个用于设置新密码的链接。
account-reset-submit = 向我发送链接
account-reset-sent = 如果{ $email }已注册账户，我们已向该地址发送了一个用于设置新密码的链接。该链接仅可使用一次，{ $hours }小时内有效。
account-reset-no-message = 几分钟后仍未收到邮件？请检查垃圾邮件文件夹，或重试。
account-back-to-sign-in = 返回登录
account-new-password-heading = 设置新密码
account-invitation-heading = 欢迎使用{ site-short-name }：请设置您的密码
account-new-password = 新密码
account-set-password-submit = 设置密码

account-link-expired-title = 此链接已过期或已被使用
account-link-expired-verify = 电子邮件地址确认链接仅可使用一次，{ $days }天内有效。请登录并在账户页面申请新的链接。
account-link-expired-reset = 密码重置链接仅可使用一次，{ $hours }小时内有效。请在“忘记密码？”页面申请新的链接。
account-link-expired-invitation = 邀请仅可使用一次，{ $days }天内有效。请联系邀请您的终身学习研究所协调人，申请新的邀请。

## 账户页面

account-page-title = 您的账户
account-password-changed = 您的密码已更改。您在此处仍保持登录状态；在其他所有地方均已退出登录。
account-link-sent = 我们已向{ $email }发送了新的链接，{ $days }天内有效。
account-unconfirmed-title = 请确认您的电子邮件地址。
account-unconfirmed-text = 请打开我们发送至{ $email }的链接。您现在即可准备申请，但需确认电子邮件地址后方可提交。
account-send-new-link = 重新向我发送链接
account-name = 姓名
account-email-confirmed = （已确认）
account-email-not-confirmed = （尚未确认）
account-role = 角色
account-role-of-country = { $role }（{ $country }）
account-change-password = 更改密码

## 两步验证

account-code-title = 输入登录验证码
account-code-label = 验证码
account-code-hint = 您的身份验证器应用当前显示的六位数验证码，或您的一个恢复码。
account-code-remember = { $days }天内在此浏览器上不再要求输入验证码
account-code-submit = 继续
account-code-start-again = 从头重新登录
account-two-factor-title = 两步验证
account-two-factor-required = 您的账户可对申请作出决定，因此登录需分两步：先输入密码，再输入手机上身份验证器应用提供的验证码。请立即设置，以便访问您的页面。
account-two-factor-optional = 输入密码后，网站将要求您输入手机上身份验证器应用提供的验证码：即使有人得知您的密码，也无法登录。
account-two-factor-step-scan = 请使用身份验证器应用（如FreeOTP、Google Authenticator或Microsoft Authenticator）扫描此二维码。
account-two-factor-qr-label = 身份验证器应用所用密钥的二维码
account-two-factor-step-type = 如果无法扫描，请在应用中手动添加账户，并输入以下密钥：
account-two-factor-step-confirm = 然后输入应用显示的六位数验证码。
account-two-factor-submit = 开启两步验证
account-two-factor-is-on = 两步验证已开启。
account-two-factor-codes-left = 您还剩{ $count }个恢复码。
account-two-factor-lost = 手机和恢复码都已丢失？终身学习研究所协调人可以重置您的两步验证，之后您需重新设置。
account-continue = 继续
account-recovery-codes-heading = 您的恢复码
account-recovery-codes-lead = 请将这些恢复码妥善保存在手机以外的安全地方：打印出来或抄写下来。如果手机丢失，每个恢复码可用于登录您的账户一次。这些恢复码仅在此时显示。
account-two-factor-state-on = 已开启。
account-two-factor-state-off = 未开启。
account-two-factor-see = 查看剩余的恢复码
account-two-factor-set-up = 立即设置
