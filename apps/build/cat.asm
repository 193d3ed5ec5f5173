
build/cat.elf:     file format elf32-littleriscv


Disassembly of section .text:

00010000 <_start>:
   10000:	00003197          	auipc	gp,0x3
   10004:	80018193          	add	gp,gp,-2048 # 12800 <__global_pointer$>
   10008:	00002217          	auipc	tp,0x2
   1000c:	ff820213          	add	tp,tp,-8 # 12000 <__tls_base>
   10010:	842a                	mv	s0,a0
   10012:	84ae                	mv	s1,a1
   10014:	2221                	jal	1011c <__libc_init_array>
   10016:	8522                	mv	a0,s0
   10018:	85a6                	mv	a1,s1
   1001a:	2019                	jal	10020 <main>
   1001c:	2ab1                	jal	10178 <exit>
   1001e:	a001                	j	1001e <_start+0x1e>

00010020 <main>:
   10020:	716d                	add	sp,sp,-272
   10022:	10112623          	sw	ra,268(sp)
   10026:	10812423          	sw	s0,264(sp)
   1002a:	10912223          	sw	s1,260(sp)
   1002e:	10000613          	li	a2,256
   10032:	858a                	mv	a1,sp
   10034:	4501                	li	a0,0
   10036:	2095                	jal	1009a <read>
   10038:	842a                	mv	s0,a0
   1003a:	c105                	beqz	a0,1005a <main+0x3a>
   1003c:	00054e63          	bltz	a0,10058 <main+0x38>
   10040:	848a                	mv	s1,sp
   10042:	a021                	j	1004a <main+0x2a>
   10044:	94aa                	add	s1,s1,a0
   10046:	fe8054e3          	blez	s0,1002e <main+0xe>
   1004a:	8622                	mv	a2,s0
   1004c:	85a6                	mv	a1,s1
   1004e:	4505                	li	a0,1
   10050:	2831                	jal	1006c <write>
   10052:	8c09                	sub	s0,s0,a0
   10054:	fea048e3          	bgtz	a0,10044 <main+0x24>
   10058:	4405                	li	s0,1
   1005a:	10c12083          	lw	ra,268(sp)
   1005e:	8522                	mv	a0,s0
   10060:	10812403          	lw	s0,264(sp)
   10064:	10412483          	lw	s1,260(sp)
   10068:	6151                	add	sp,sp,272
   1006a:	8082                	ret

0001006c <write>:
   1006c:	4889                	li	a7,2
   1006e:	00000073          	ecall
   10072:	00054363          	bltz	a0,10078 <write+0xc>
   10076:	8082                	ret
   10078:	fff54793          	not	a5,a0
   1007c:	02500693          	li	a3,37
   10080:	4715                	li	a4,5
   10082:	00f6e863          	bltu	a3,a5,10092 <write+0x26>
   10086:	6745                	lui	a4,0x11
   10088:	00070713          	mv	a4,a4
   1008c:	97ba                	add	a5,a5,a4
   1008e:	00078703          	lb	a4,0(a5)
   10092:	00e22023          	sw	a4,0(tp) # 0 <errno>
   10096:	557d                	li	a0,-1
   10098:	8082                	ret

0001009a <read>:
   1009a:	488d                	li	a7,3
   1009c:	00000073          	ecall
   100a0:	00054363          	bltz	a0,100a6 <read+0xc>
   100a4:	8082                	ret
   100a6:	fff54793          	not	a5,a0
   100aa:	02500693          	li	a3,37
   100ae:	4715                	li	a4,5
   100b0:	00f6e863          	bltu	a3,a5,100c0 <read+0x26>
   100b4:	6745                	lui	a4,0x11
   100b6:	00070713          	mv	a4,a4
   100ba:	97ba                	add	a5,a5,a4
   100bc:	00078703          	lb	a4,0(a5)
   100c0:	00e22023          	sw	a4,0(tp) # 0 <errno>
   100c4:	557d                	li	a0,-1
   100c6:	8082                	ret

000100c8 <_exit>:
   100c8:	1141                	add	sp,sp,-16
   100ca:	c422                	sw	s0,8(sp)
   100cc:	c606                	sw	ra,12(sp)
   100ce:	842a                	mv	s0,a0
   100d0:	2801                	jal	100e0 <ulib_flush_stdout>
   100d2:	8522                	mv	a0,s0
   100d4:	4581                	li	a1,0
   100d6:	4601                	li	a2,0
   100d8:	4885                	li	a7,1
   100da:	00000073          	ecall
   100de:	a001                	j	100de <_exit+0x16>

000100e0 <ulib_flush_stdout>:
   100e0:	1141                	add	sp,sp,-16
   100e2:	c04a                	sw	s2,0(sp)
   100e4:	6949                	lui	s2,0x12
   100e6:	c422                	sw	s0,8(sp)
   100e8:	00892403          	lw	s0,8(s2) # 12008 <out_len>
   100ec:	c606                	sw	ra,12(sp)
   100ee:	c226                	sw	s1,4(sp)
   100f0:	cc11                	beqz	s0,1010c <ulib_flush_stdout+0x2c>
   100f2:	64c9                	lui	s1,0x12
   100f4:	00c48493          	add	s1,s1,12 # 1200c <out_buf>
   100f8:	a019                	j	100fe <ulib_flush_stdout+0x1e>
   100fa:	94aa                	add	s1,s1,a0
   100fc:	c801                	beqz	s0,1010c <ulib_flush_stdout+0x2c>
   100fe:	8622                	mv	a2,s0
   10100:	85a6                	mv	a1,s1
   10102:	4505                	li	a0,1
   10104:	37a5                	jal	1006c <write>
   10106:	8c09                	sub	s0,s0,a0
   10108:	fea049e3          	bgtz	a0,100fa <ulib_flush_stdout+0x1a>
   1010c:	40b2                	lw	ra,12(sp)
   1010e:	4422                	lw	s0,8(sp)
   10110:	00092423          	sw	zero,8(s2)
   10114:	4492                	lw	s1,4(sp)
   10116:	4902                	lw	s2,0(sp)
   10118:	0141                	add	sp,sp,16
   1011a:	8082                	ret

0001011c <__libc_init_array>:
   1011c:	0e0002ef          	jal	t0,101fc <__riscv_save_0>
   10120:	64c5                	lui	s1,0x11
   10122:	6445                	lui	s0,0x11
   10124:	02848793          	add	a5,s1,40 # 11028 <__fini_array_end>
   10128:	02840413          	add	s0,s0,40 # 11028 <__fini_array_end>
   1012c:	8c1d                	sub	s0,s0,a5
   1012e:	8409                	sra	s0,s0,0x2
   10130:	02848493          	add	s1,s1,40
   10134:	4901                	li	s2,0
   10136:	02891763          	bne	s2,s0,10164 <__libc_init_array+0x48>
   1013a:	00000793          	li	a5,0
   1013e:	c789                	beqz	a5,10148 <__libc_init_array+0x2c>
   10140:	00000097          	auipc	ra,0x0
   10144:	000000e7          	jalr	zero # 0 <errno>
   10148:	64c5                	lui	s1,0x11
   1014a:	6445                	lui	s0,0x11
   1014c:	02848793          	add	a5,s1,40 # 11028 <__fini_array_end>
   10150:	02840413          	add	s0,s0,40 # 11028 <__fini_array_end>
   10154:	8c1d                	sub	s0,s0,a5
   10156:	8409                	sra	s0,s0,0x2
   10158:	02848493          	add	s1,s1,40
   1015c:	4901                	li	s2,0
   1015e:	00891863          	bne	s2,s0,1016e <__libc_init_array+0x52>
   10162:	a87d                	j	10220 <__riscv_restore_0>
   10164:	409c                	lw	a5,0(s1)
   10166:	0905                	add	s2,s2,1
   10168:	0491                	add	s1,s1,4
   1016a:	9782                	jalr	a5
   1016c:	b7e9                	j	10136 <__libc_init_array+0x1a>
   1016e:	409c                	lw	a5,0(s1)
   10170:	0905                	add	s2,s2,1
   10172:	0491                	add	s1,s1,4
   10174:	9782                	jalr	a5
   10176:	b7e5                	j	1015e <__libc_init_array+0x42>

00010178 <exit>:
   10178:	084002ef          	jal	t0,101fc <__riscv_save_0>
   1017c:	00000793          	li	a5,0
   10180:	842a                	mv	s0,a0
   10182:	c791                	beqz	a5,1018e <exit+0x16>
   10184:	4581                	li	a1,0
   10186:	00000097          	auipc	ra,0x0
   1018a:	000000e7          	jalr	zero # 0 <errno>
   1018e:	2019                	jal	10194 <__libc_fini_array>
   10190:	8522                	mv	a0,s0
   10192:	3f1d                	jal	100c8 <_exit>

00010194 <__libc_fini_array>:
   10194:	068002ef          	jal	t0,101fc <__riscv_save_0>
   10198:	67c5                	lui	a5,0x11
   1019a:	6445                	lui	s0,0x11
   1019c:	02878713          	add	a4,a5,40 # 11028 <__fini_array_end>
   101a0:	02840413          	add	s0,s0,40 # 11028 <__fini_array_end>
   101a4:	8c19                	sub	s0,s0,a4
   101a6:	8409                	sra	s0,s0,0x2
   101a8:	02878493          	add	s1,a5,40
   101ac:	e809                	bnez	s0,101be <__libc_fini_array+0x2a>
   101ae:	00000793          	li	a5,0
   101b2:	c789                	beqz	a5,101bc <__libc_fini_array+0x28>
   101b4:	00000097          	auipc	ra,0x0
   101b8:	000000e7          	jalr	zero # 0 <errno>
   101bc:	a095                	j	10220 <__riscv_restore_0>
   101be:	147d                	add	s0,s0,-1
   101c0:	00241793          	sll	a5,s0,0x2
   101c4:	97a6                	add	a5,a5,s1
   101c6:	439c                	lw	a5,0(a5)
   101c8:	9782                	jalr	a5
   101ca:	b7cd                	j	101ac <__libc_fini_array+0x18>

000101cc <__riscv_save_12>:
   101cc:	7139                	add	sp,sp,-64
   101ce:	4301                	li	t1,0
   101d0:	c66e                	sw	s11,12(sp)
   101d2:	a019                	j	101d8 <__riscv_save_10+0x4>

000101d4 <__riscv_save_10>:
   101d4:	7139                	add	sp,sp,-64
   101d6:	5341                	li	t1,-16
   101d8:	c86a                	sw	s10,16(sp)
   101da:	ca66                	sw	s9,20(sp)
   101dc:	cc62                	sw	s8,24(sp)
   101de:	ce5e                	sw	s7,28(sp)
   101e0:	a019                	j	101e6 <__riscv_save_4+0x4>

000101e2 <__riscv_save_4>:
   101e2:	7139                	add	sp,sp,-64
   101e4:	5301                	li	t1,-32
   101e6:	d05a                	sw	s6,32(sp)
   101e8:	d256                	sw	s5,36(sp)
   101ea:	d452                	sw	s4,40(sp)
   101ec:	d64e                	sw	s3,44(sp)
   101ee:	d84a                	sw	s2,48(sp)
   101f0:	da26                	sw	s1,52(sp)
   101f2:	dc22                	sw	s0,56(sp)
   101f4:	de06                	sw	ra,60(sp)
   101f6:	40610133          	sub	sp,sp,t1
   101fa:	8282                	jr	t0

000101fc <__riscv_save_0>:
   101fc:	1141                	add	sp,sp,-16
   101fe:	c04a                	sw	s2,0(sp)
   10200:	c226                	sw	s1,4(sp)
   10202:	c422                	sw	s0,8(sp)
   10204:	c606                	sw	ra,12(sp)
   10206:	8282                	jr	t0

00010208 <__riscv_restore_12>:
   10208:	4db2                	lw	s11,12(sp)
   1020a:	0141                	add	sp,sp,16

0001020c <__riscv_restore_10>:
   1020c:	4d02                	lw	s10,0(sp)
   1020e:	4c92                	lw	s9,4(sp)
   10210:	4c22                	lw	s8,8(sp)
   10212:	4bb2                	lw	s7,12(sp)
   10214:	0141                	add	sp,sp,16

00010216 <__riscv_restore_4>:
   10216:	4b02                	lw	s6,0(sp)
   10218:	4a92                	lw	s5,4(sp)
   1021a:	4a22                	lw	s4,8(sp)
   1021c:	49b2                	lw	s3,12(sp)
   1021e:	0141                	add	sp,sp,16

00010220 <__riscv_restore_0>:
   10220:	4902                	lw	s2,0(sp)
   10222:	4492                	lw	s1,4(sp)
   10224:	4422                	lw	s0,8(sp)
   10226:	40b2                	lw	ra,12(sp)
   10228:	0141                	add	sp,sp,16
   1022a:	8082                	ret
